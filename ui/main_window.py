"""The main window: one screen per field-work record type, derived from the
declarations, with the menus, shortcuts and status bar around them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QTabWidget

from fieldkit import consent, drafts, records, store
from fieldkit.storage import backups
from fieldkit.storage.database import Database
from fieldkit.workspace import open_database
from ui import help as help_menu
from ui import ops
from ui.bus import Bus, Context
from ui.records.dialog import TITLE_BAR, RecordDialog
from ui.records.history import HistoryDialog
from ui.records.list_page import RecordListPage, heading
from ui.records.titles import record_title
from ui.screen import Screen
from ui.settings import SettingsDialog
from ui.status import StatusBar
from ui.strings import i18n
from ui.tab_bar import compact
from ui.tools import SCREENS, ToolScreens
from ui.unlock import IdleLock, UnlockDialog, lock_minutes


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.pages: dict[str, RecordListPage] = {}
        self.tools = ToolScreens(ctx)  # due, sync, reports, …: made when first shown
        self.dialog: Any = None  # the form or dialog open now (tests and screenshots look at it)
        self.unlock: UnlockDialog | None = None  # shown while locked
        self.idle = IdleLock(lock_minutes(ctx.db), self)
        self.idle.idle.connect(self.lock)
        self.status = StatusBar(ctx)
        self.setStatusBar(self.status)
        self.resize(1280, 760)
        available = self.screen().availableGeometry()  # 1366×768 less a taskbar: all in view
        self.resize(
            min(self.width(), available.width()), min(self.height(), available.height() - TITLE_BAR)
        )
        self.build()
        ctx.bus.open_record.connect(self.open_record)  # from the Due screen, a report's row
        ctx.bus.new_record.connect(self.new_record)
        ctx.bus.show_screen.connect(self.show_tool)  # the status bar's "Join HQ…"

    # --- building (again, when the language changes) ------------------------------

    def build(self) -> None:
        current = self.current_type()
        old = self.centralWidget()
        old_screens: list[RecordListPage | Screen] = [
            *self.pages.values(),
            *self.tools.made.values(),
        ]
        for page in old_screens:  # old screens stop listening
            self.ctx.bus.changed.disconnect(page.on_change)
        self.pages = {}
        self.tools = ToolScreens(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_style = compact(self.tabs.tabBar())  # every tab in view at 125 % too
        for rtype in records.record_types(reference=False):
            page = RecordListPage(self.ctx, rtype.name)
            page.delete_button.clicked.connect(self.delete_selected)
            page.new_button.clicked.connect(lambda _c=False, n=rtype.name: self.open_form(n))
            page.history_button.clicked.connect(self.show_history)
            page.open_requested.connect(lambda rec, n=rtype.name: self.open_form(n, rec))
            self.pages[rtype.name] = page
            self.tabs.addTab(page, heading(rtype.name))
        for name, (_module, _cls, title) in SCREENS.items():
            self.tabs.addTab(self.tools.slots[name], self.tr(title))
        self.tabs.currentChanged.connect(lambda _i: self.load_current())
        self.setCentralWidget(self.tabs)
        if old is not None:
            old.deleteLater()
        self.build_menus()
        self.setWindowTitle(self.tr("fieldkit — field records"))
        self.status.undo_button.setText(self.status.tr("Undo"))
        if old is None:  # start-up: the first list is read first, the status bar's counts after
            first = next(iter(self.pages.values()))
            first.model.loaded.connect(self.status_once, Qt.ConnectionType.SingleShotConnection)
        else:
            self.status.refresh()
        if current:
            self.show_type(current)
        elif old is not None:  # rebuilt on a tool screen: the first list shows instead
            self.load_current()

    def build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        records_menu = bar.addMenu(self.tr("&Records"))
        self.add_action(
            records_menu,
            self.tr("&New record"),
            QKeySequence.StandardKey.New,
            lambda: self.open_form(self.current_type()),
        )
        self.add_action(
            records_menu, self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.add_action(records_menu, self.tr("&History of selected"), "Ctrl+H", self.show_history)
        self.add_action(
            records_menu,
            self.tr("&Delete selected"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.add_action(
            records_menu, self.tr("&Undo delete"), QKeySequence.StandardKey.Undo, self.status.undo
        )
        self.erase_action = self.add_action(
            records_menu, self.tr("&Erase on request…"), "", self.erase_selected
        )
        records_menu.addSeparator()
        self.add_action(records_menu, self.tr("&Settings…"), "Ctrl+,", self.show_settings)
        self.add_action(records_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = bar.addMenu(self.tr("&View"))
        for n, rtype in enumerate(records.record_types(reference=False)):
            self.add_action(
                view,
                heading(rtype.name),
                f"Ctrl+{n + 1}",
                lambda name=rtype.name: self.show_type(name),
            )
        first = len(records.record_types(reference=False)) + 1
        for n, (name, (_module, _cls, title)) in enumerate(SCREENS.items()):
            number = first + n  # Ctrl+1 … Ctrl+9, then Ctrl+0 (there is no Ctrl+10)
            key = f"Ctrl+{number % 10}" if number <= 10 else ""
            self.add_action(view, self.tr(title), key, lambda name=name: self.show_tool(name))
        help_menu.add_menu(self, bar)  # manual, shortcuts, About

    def status_once(self) -> None:
        """The status bar's first read, once the first screen has what it shows:
        its counts (and the exchange modules they import) wait until then."""
        if not self.status.exports.text():
            self.status.refresh()

    def add_action(self, menu: Any, text: str, key: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # --- navigation ---------------------------------------------------------------------

    def current_type(self) -> str | None:
        tabs = getattr(self, "tabs", None)  # None while the window is first built
        page = tabs.currentWidget() if tabs is not None else None
        return page.rtype.name if isinstance(page, RecordListPage) else None

    def current_page(self) -> RecordListPage | Screen:
        """The screen shown: a record list, or a tool screen (each has ``load``)."""
        page = self.tabs.currentWidget()
        tool = self.tools.in_slot(page)  # a tool screen is made when first shown
        if tool is not None:
            return tool
        assert isinstance(page, RecordListPage)
        return page

    def current_list(self) -> RecordListPage | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, RecordListPage) else None

    def load_current(self) -> None:
        """A list reads itself the first time it is shown; a tool screen each time
        it is switched to, unless it is reading already (stale, it started as shown)."""
        page = self.current_page()
        if isinstance(page, RecordListPage) or page.ready:
            page.load()

    def focus_search(self) -> None:
        page = self.current_list()
        if page is not None:
            page.focus_search()

    def show_tool(self, name: str) -> Screen:
        page = self.tools[name]
        self.tabs.setCurrentWidget(self.tools.slots[name])
        self.status_once()  # shown before any list was read (a screenshot of this screen)
        return page

    def show_type(self, type_name: str) -> RecordListPage:
        page = self.pages[type_name]
        self.tabs.setCurrentWidget(page)
        page.load()
        return page

    # --- records -------------------------------------------------------------------------

    def open_form(
        self, type_name: str | None, record: dict[str, Any] | None = None
    ) -> RecordDialog | None:
        if type_name is None:  # Ctrl+N on the Sync or Reports screen
            return None
        if record is not None:  # the list may be a moment old; edit the current version
            record = store.get(self.ctx.db, type_name, record["id"]) or record
        dialog = RecordDialog(self.ctx, type_name, record, self)
        dialog.saved.connect(lambda rec: self.after_save(type_name, rec))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_record(self, type_name: str, record_id: str) -> RecordDialog | None:
        record = store.get(self.ctx.db, type_name, record_id)
        return self.open_form(type_name, record) if record is not None else None

    def new_record(self, type_name: str, values: dict[str, Any]) -> RecordDialog | None:
        dialog = self.open_form(type_name)
        if dialog is not None:
            dialog.start_with(values)
        return dialog

    def after_save(self, type_name: str, record: dict[str, Any]) -> None:
        page = self.pages[type_name]
        page.model.loaded.connect(
            lambda: page.select_id(record["id"]), Qt.ConnectionType.SingleShotConnection
        )

    def delete_selected(self) -> None:
        page = self.current_list()
        record = page.selected() if page else None
        if page is None or record is None:
            return
        name, record_id = page.rtype.name, record["id"]
        title = record_title(self.ctx.db, name, record)
        named = f"{i18n.declared(page.rtype.label)} {title}"
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete %1?").replace("%1", named),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a stray Delete and Enter delete nothing
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Deleted: %1").replace("%1", named)
        ops.write(
            self.ctx,
            lambda db: store.delete(db, name, record_id)[1],
            lambda _change: self.status.offer_undo(text, lambda: self.undo_delete(name, record_id)),
            owner=self,
        )

    def erase_selected(self) -> None:
        """Erase the selected person on request (fieldkit.erasure), once confirmed."""
        from ui.records.erase import EraseDialog, erase

        page = self.current_list()
        record = page.selected() if page else None
        if page is None or record is None or not consent.has_consent(page.rtype):
            self.statusBar().showMessage(
                self.tr("Select the person to erase in the list of people first."), 8000
            )
            return
        title = record_title(self.ctx.db, page.rtype.name, record)
        named, record_id = f"{i18n.declared(page.rtype.label)} {title}", record["id"]
        text = self.tr("Erased on request: %1. Only the fact of the erasure is kept.")
        self.dialog = EraseDialog(named, self)
        self.dialog.accepted.connect(
            lambda: erase(
                self.ctx,
                record_id,
                lambda _erased: self.statusBar().showMessage(text.replace("%1", named), 15000),
                owner=self,
            )
        )
        self.dialog.open()

    def undo_delete(self, type_name: str, record_id: str) -> None:
        ops.write(self.ctx, lambda db: store.restore(db, type_name, record_id)[1], owner=self)

    def show_history(self) -> None:
        page = self.current_list()
        record = page.selected() if page else None
        if page is None or record is None:
            return
        title = record_title(self.ctx.db, page.rtype.name, record)
        self.dialog = HistoryDialog(self.ctx.db, page.rtype.name, record, title, self)
        name, record_id = page.rtype.name, record["id"]
        self.dialog.restore_requested.connect(
            lambda rev, number: self.restore_version(name, record_id, rev, number, title)
        )
        self.dialog.open()

    def restore_version(
        self, type_name: str, record_id: str, rev: str, number: int, title: str
    ) -> None:
        """Bring back an earlier version as a new one; the status bar offers to undo
        it, which brings back the version that stood before."""
        before = (store.get(self.ctx.db, type_name, record_id) or {}).get("head")
        text = self.tr("Version %1 restored: %2").replace("%1", str(number)).replace("%2", title)

        def done(_change: Any) -> None:
            if before:
                self.status.offer_undo(
                    text,
                    lambda: ops.write(
                        self.ctx,
                        lambda db: store.restore_version(db, type_name, record_id, before)[1],
                        owner=self,
                    ),
                )

        ops.write(
            self.ctx,
            lambda db: store.restore_version(db, type_name, record_id, rev)[1],
            done,
            owner=self,
        )

    def offer_drafts(self) -> None:
        """Forms left unsaved (a crash, a flat battery) are offered back."""
        for draft in drafts.pending(self.ctx.db):
            record = (
                store.get(self.ctx.db, draft.record_type, draft.record_id)
                if draft.record_id
                else None
            )
            if draft.record_id and record is None:
                self.discard_draft(draft.key)  # its record is gone (deleted, undone import)
                continue
            label = i18n.declared(records.get(draft.record_type).label)
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved form"),
                self.tr(
                    "A form (%1) was not saved when fieldkit last closed, on %2. Open it again?"
                )
                .replace("%1", label)
                .replace("%2", i18n.format_datetime(draft.saved_at)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.discard_draft(draft.key)
                continue
            self.show_type(draft.record_type)
            form = self.open_form(draft.record_type, record)
            assert form is not None
            form.restore_draft(draft.values, draft.base_version)
            return  # one at a time: the next is offered on the next start

    def discard_draft(self, key: str) -> None:
        ops.write(self.ctx, lambda db: drafts.discard(db, key), owner=self)

    # --- settings, language, restore ----------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.set_language(dialog.chosen_language()))
        dialog.accepted.connect(lambda: self.idle.set_minutes(dialog.lock_after.value()))
        dialog.restore_requested.connect(self.restore_backup)
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_language(self, language: str) -> None:
        """Switch now; the choice is written behind, for the next start."""
        if language == i18n.current():
            return
        ops.write(self.ctx, lambda db: db.set_setting("language", language), owner=self)
        i18n.install(language)
        self.build()

    def restore_backup(self, chosen: Path) -> None:
        """Put a backup in place of the database, with the database closed and
        nothing running (so here, not on the writer), then build every screen anew:
        each reads the restored data when shown, no announcement needed."""
        path, unlocked = self.ctx.db.path, self.ctx.db.unlocked
        ops.wait_idle()
        self.ctx.db.close()
        failure: Exception | None = None
        try:
            kept = backups.restore(path, chosen, unlocked.key)
        except Exception as exc:  # not a fieldkit database, a full disk: nothing replaced
            failure = exc
        finally:
            self.ctx.db = open_database(path, unlocked)
        if failure is not None:
            ops.show_error(self, failure)
            return
        self.build()
        self.status.showMessage(
            self.tr("Restored. The data it replaced were kept in %1").replace("%1", str(kept)),
            30000,
        )

    def lock(self) -> None:
        """After idle time: keep an unsaved form as a draft, close the database
        (its key forgotten), hide every screen and ask for a passphrase again,
        any account's: whoever unlocks is the author from then on. Cancelling quits."""
        if self.unlock is not None:
            return
        if isinstance(self.dialog, RecordDialog) and self.dialog.isVisible() and self.dialog.dirty:
            self.dialog.save_draft()  # offered back after the unlock
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.done(0)
        ops.wait_idle()
        path = self.ctx.db.path
        self.ctx.db.close()
        self.hide()
        self.unlock = UnlockDialog(path, None, locked=True)
        self.unlock.finished.connect(self._unlocked)
        self.unlock.open()

    def _unlocked(self, result: int) -> None:
        dialog, self.unlock = self.unlock, None
        if dialog is None or result != QDialog.DialogCode.Accepted or dialog.db is None:
            QApplication.quit()
            return
        self.ctx.db = dialog.db
        self.build()
        self.show()
        self.load_current()
        self.idle.set_minutes(lock_minutes(self.ctx.db))
        QTimer.singleShot(0, self.offer_drafts)

    def closeEvent(self, event: QCloseEvent) -> None:
        if isinstance(self.dialog, RecordDialog) and self.dialog.isVisible() and self.dialog.dirty:
            self.dialog.save_draft()  # offered back on the next start
        ops.wait_idle()
        super().closeEvent(event)


def make_context(db: Database) -> Context:
    return Context(db, Bus())
