<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, village, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to fieldkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start, tell fieldkit who you are. Your name and this laptop&apos;s name travel with the records you export, so HQ knows where they came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name and a name for this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version of this record, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldkit — field records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form (%1) was not saved when fieldkit last closed, on %2. Open it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The data it replaced were kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Laptop of the Lachin office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District you work in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this laptop *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped on every record saved on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Your values are kept as a draft; close and open the record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Total participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep the data elsewhere, start fieldkit with the FIELDKIT_DATA_DIR environment variable set to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fieldkit databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data with this backup? A copy of the current data is kept in the backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet exported: %1 · Last export: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>declared</name>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-2 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (rayon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomous republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine-risk education facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (Azerbaijani)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person / household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People / households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household or beneficiary, as on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internally displaced (IDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of a missing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine / ERW survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of a mine victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older person living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed consent to record and share these data with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompaniment of families of the missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livelihood follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral accompaniment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical rehabilitation / prosthetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid / documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information on the missing relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social protection office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livelihood programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine action agency (ANAMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICRC / Red Crescent tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap-metal collectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booklets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards reported by the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected explosive ordnance: description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen, and where; passed to the mine-action authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livelihood assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beekeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poultry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart gardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-economic initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running and earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, not yet earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent date is set but consent is not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot be due before the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs at least one participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More persons with disabilities than participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the hazard reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivered item needs its delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome is recorded: set the status to followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.status</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
