"""The coordinator's Merge wizard: pick volunteers' files or a folder, see each
file checked on its own, merge the good ones with progress and Cancel, then
open the master workbook (``fieldkit.sync.coordinator.merge_files``).

Before the files are checked, each sender not enrolled here is asked about in
turn, its key fingerprint shown to compare (:mod:`ui.sync.enrol`); an answer
holds for the rest of the wizard. Enrol takes that sender alone (enrolled once
the merge is applied), Skip leaves its files out with the reason. No blanket
enrolment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.database import Database
from fieldkit.sync import coordinator, senders, transfer
from fieldkit.sync.bundle import BundleError
from fieldkit.sync.workbook import Reject
from ui import ops
from ui.bus import EVERYTHING, Context
from ui.sync.enrol import Enrolment, SenderQuestion, skipped_reason
from ui.sync.result_tables import (
    COUNT_KEYS,
    ReadOnlyTable,
    RejectsTable,
    WarningsBox,
    count_label,
)

Checked = list[coordinator.FileOutcome]


def check_files(
    db: Database,
    paths: list[Path],
    password: str | None,
    enrol: frozenset[str],
    progress: ops.Progress,
) -> tuple[Checked, list[Reject]]:
    """Each file previewed on its own: what it would bring, or why it is left out;
    and the warnings of all (sheets not read), which leave no file out."""
    out = []
    warnings: list[Reject] = []
    for n, path in enumerate(paths):
        progress.callback(path.name, n, len(paths))
        outcome = coordinator.FileOutcome(path.name)
        try:
            result = transfer.preview_files(db, [path], password=password, enrol=enrol)
        except BundleError as exc:
            outcome.error = str(exc)
        else:
            outcome.counts, outcome.rejects = result.summary(), list(result.rejects)
            outcome.included = not result.rejects
            warnings += result.warnings
        out.append(outcome)
    return out, warnings


class MergeWizard(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[Path] = []
        self.checked: Checked = []
        self.merged_result: coordinator.MergeResult | None = None
        self.progress: ops.Progress | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Merge volunteers' files"))
        self.files = QListWidget()
        add_files = QPushButton(self.tr("Add files…"))
        add_folder = QPushButton(self.tr("Add a folder…"))
        add_files.clicked.connect(self.choose_files)
        add_folder.clicked.connect(self.choose_folder)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password of the bundles, if they have one"))
        self.answers: dict[str, bool] = {}  # fingerprint -> Enrol (True) or Skip
        self.skipped: dict[Path, senders.Unknown] = {}  # files left out, by their sender
        self.enrolment: Enrolment | None = None
        self.check_button = QPushButton(self.tr("Check the files"))
        self.check_button.clicked.connect(self.check)
        self.outcomes = ReadOnlyTable()
        self.rejects = RejectsTable()
        self.warnings = WarningsBox()  # apart from the refusals: nothing was left out for them
        self.state = QLabel(
            self.tr("Pick the workbooks and bundles to merge, or a folder of them.")
        )
        self.state.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.merge_button = QPushButton(self.tr("Merge and save the master…"))
        self.merge_button.clicked.connect(self.choose_master)
        self.open_button = QPushButton(self.tr("Open the master"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.open_button.clicked.connect(lambda: self.open_url(self.master()))
        self.folder_button.clicked.connect(lambda: self.open_url(self.master(folder=True)))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        pick = QHBoxLayout()
        pick.addWidget(add_files)
        pick.addWidget(add_folder)
        pick.addWidget(self.password, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files to merge")))
        layout.addWidget(self.files, 1)
        layout.addLayout(pick)
        layout.addWidget(self.state)
        layout.addWidget(self.bar)
        layout.addWidget(self.outcomes, 2)
        layout.addWidget(self.warnings)
        layout.addWidget(self.rejects, 1)
        layout.addLayout(buttons)
        self.resize(980, 680)
        self.update_buttons()

    # --- picking ------------------------------------------------------------------

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add files"), "", self.tr("Workbooks and bundles (*.xlsx *.fkb)")
        )
        self.add([Path(p) for p in chosen])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"))
        if chosen:
            self.add([Path(chosen)])

    def add(self, inputs: list[Path]) -> None:
        try:
            found = coordinator.expand(inputs)
        except OSError as exc:
            ops.show_error(self, exc)
            return
        for path in found:
            if path not in self.paths:
                self.paths.append(path)
                self.files.addItem(str(path))
        self.checked = []
        self.update_buttons()

    def update_buttons(self) -> None:
        done = self.merged_result is not None
        self.check_button.setEnabled(bool(self.paths) and not self.busy and not done)
        good = any(o.included for o in self.checked)
        self.merge_button.setEnabled(good and not self.busy and not done)
        self.open_button.setEnabled(done and self.master() is not None)
        self.folder_button.setEnabled(done and self.master() is not None)
        self.close_button.setText(self.tr("Cancel") if self.busy else self.tr("Close"))

    # --- checking and merging -------------------------------------------------------

    def start(
        self, body: Callable[[Database, ops.Progress], Any], on_done: Callable[[Any], None]
    ) -> None:
        """Check or merge on the writer; *body* may return ``ops.Changed``."""
        self.busy = True
        self.bar.show()
        self.bar.setRange(0, 0)
        progress = self.progress = ops.Progress()
        progress.step.connect(self.on_step)
        self.update_buttons()
        ops.write(
            self.ctx,
            lambda db: body(db, progress),
            on_done,
            on_error=self.failed,
            owner=self,
        )

    def on_step(self, what: str, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        steps = {"checking": self.tr("Checking the files…"), "importing": self.tr("Merging…")}
        self.state.setText(steps.get(what, self.tr("Checking %1…").replace("%1", what)))

    def check(self) -> None:
        """Ask about each sender not answered yet, then check every file."""
        paths = list(self.paths)
        self.start(lambda db, _progress: senders.unknown(db, paths), self.ask_senders)

    def ask_senders(self, unknown: list[senders.Unknown]) -> None:
        self.stop()
        if self.progress is not None and self.progress.is_cancelled():  # Cancel meanwhile
            self.state.setText(self.tr("Cancelled: nothing was merged."))
            self.update_buttons()
            return
        for s in unknown:  # an answer given earlier holds, for files added since too
            if self.answers.get(s.fingerprint) is False:
                self.skipped.update(dict.fromkeys(s.files, s))
        new = [s for s in unknown if s.fingerprint not in self.answers]
        self.enrolment = Enrolment(self, new, self.answered)
        self.enrolment.start()

    @property
    def question(self) -> SenderQuestion | None:
        """The sender question open now, if any."""
        return self.enrolment.question if self.enrolment else None

    def answered(self, enrol: frozenset[str], skipped: list[senders.Unknown]) -> None:
        self.answers.update(dict.fromkeys(enrol, True))
        for s in skipped:
            self.answers[s.fingerprint] = False
            self.skipped.update(dict.fromkeys(s.files, s))
        every = list(self.paths)
        left = {p: self.left_out(p) for p in every if p in self.skipped}
        paths = [p for p in every if p not in left]
        password, fingerprints = self.password.text() or None, self.enrolled()

        def body(db: Database, progress: ops.Progress) -> tuple[Checked, list[Reject]]:
            outcomes, warnings = check_files(db, paths, password, fingerprints, progress)
            checked = iter(outcomes)
            return [left[p] if p in left else next(checked) for p in every], warnings

        self.start(body, self.show_checked)

    def enrolled(self) -> frozenset[str]:
        """The fingerprints answered Enrol."""
        return frozenset(fp for fp, yes in self.answers.items() if yes)

    def left_out(self, path: Path) -> coordinator.FileOutcome:
        """A skipped sender's file, as the check reports it."""
        return coordinator.FileOutcome(path.name, error=skipped_reason(self.skipped[path]))

    def show_checked(self, found: tuple[Checked, list[Reject]]) -> None:
        self.stop()
        checked, warnings = found
        self.checked = checked
        self.show_outcomes(checked)
        self.warnings.show_warnings(warnings)
        good = sum(o.included for o in checked)
        self.state.setText(
            self.tr("%1 of %2 files can be merged; files with problems are left out whole.")
            .replace("%1", str(good))
            .replace("%2", str(len(checked)))
        )
        self.update_buttons()

    def show_outcomes(self, outcomes: Checked) -> None:
        # A file left out brings nothing: only its refused rows are counted.
        rows = [
            [
                o.name,
                o.device or o.volunteer,
                *(o.counts.get(k, 0) if o.included or k == "rejected" else "" for k in COUNT_KEYS),
                self.problem(o),
            ]
            for o in outcomes
        ]
        self.outcomes.fill(
            [
                self.tr("File"),
                self.tr("From"),
                *(count_label(k) for k in COUNT_KEYS),
                self.tr("Problem"),
            ],
            rows,
            range(2, 7),
        )
        self.outcomes.setColumnHidden(1, not any(o.device or o.volunteer for o in outcomes))
        self.rejects.show_rejects([r for o in outcomes for r in o.rejects])
        self.rejects.setVisible(any(o.rejects for o in outcomes))

    def problem(self, o: coordinator.FileOutcome) -> str:
        if o.included:
            return self.tr("merged") if self.merged_result else ""
        if o.rejects:  # listed below, cell by cell
            return self.tr("Left out (refused cells: %1)").replace("%1", str(len(o.rejects)))
        skipped = next((s for p, s in self.skipped.items() if p.name == o.name), None)
        return skipped_reason(skipped) if skipped else o.error

    def choose_master(self) -> None:
        first = self.paths[0].parent if self.paths else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the master workbook"),
            str(first / "master.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        out = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        # Every file goes in again: the master's Merge report names the ones left out, too.
        paths = list(self.paths)
        password, enrol = self.password.text() or None, self.enrolled()

        def merge(db: Database, progress: ops.Progress) -> coordinator.MergeResult:
            return coordinator.merge_files(
                db,
                paths,
                out,
                password=password,
                enrol=enrol,
                progress=progress.callback,
                cancelled=progress.is_cancelled,
            )

        # The merged files are imported here too: every screen reads itself again.
        self.start(lambda db, progress: ops.Changed(merge(db, progress), EVERYTHING), self.merged)

    def merged(self, result: coordinator.MergeResult) -> None:
        self.stop()
        self.merged_result = result
        self.show_outcomes(result.files)
        self.warnings.show_warnings(result.imported.warnings)  # the Merge report's, as merged
        self.state.setText(
            self.tr("Merged. The master workbook is %1").replace("%1", str(self.master()))
        )
        self.update_buttons()

    def failed(self, exc: Exception) -> None:
        self.stop()
        if isinstance(exc, ops.Cancelled | coordinator.Cancelled):
            self.state.setText(self.tr("Cancelled: nothing was merged."))
        elif isinstance(exc, coordinator.MergeFailed | coordinator.MergeRefused):
            self.show_outcomes(exc.outcomes)  # each file with why; refused cells below
            self.state.setText(str(exc))
        else:
            ops.show_error(self, exc)
        self.update_buttons()

    def stop(self) -> None:
        self.busy = False
        self.bar.hide()

    def master(self, *, folder: bool = False) -> Path | None:
        done = self.merged_result
        path = done.master.path if done and done.master else None
        return path.parent if path and folder else path

    def open_url(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reject(self) -> None:
        if self.busy and self.progress is not None:
            self.progress.cancel()
            self.state.setText(self.tr("Cancelling…"))
            return
        super().reject()
