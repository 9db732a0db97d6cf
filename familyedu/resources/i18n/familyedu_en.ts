<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About familyedu</source>
            <translation>About familyedu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>cannot be read</translation>
        </message>
        <message>
            <source>Case tracker for family education guidance centers.</source>
            <translation>Case tracker for family education guidance centers.</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <source>Schema revision: {revision} (this familyedu writes {head})</source>
            <translation>Schema revision: {revision} (this familyedu writes {head})</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Fonts</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Libraries</translation>
        </message>
        <message>
            <source>The licence texts are in:</source>
            <translation>The licence texts are in:</translation>
        </message>
    </context>
    <context>
        <name>AdminView</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Center</source>
            <translation>Center</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Lists</translation>
        </message>
        <message>
            <source>Letter wording</source>
            <translation>Letter wording</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>familyedu cannot start</source>
            <translation>familyedu cannot start</translation>
        </message>
        <message>
            <source>Nothing was changed in the database.</source>
            <translation>Nothing was changed in the database.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Choose your own password before you start</source>
            <translation>Choose your own password before you start</translation>
        </message>
    </context>
    <context>
        <name>ApprovalQueue</name>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>No plan is waiting for your approval.</source>
            <translation>No plan is waiting for your approval.</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the case and approve or return its plan on the Plan tab.</source>
            <translation>Double-click or press Enter to open the case and approve or return its plan on the Plan tab.</translation>
        </message>
    </context>
    <context>
        <name>AttendeesBox</name>
        <message>
            <source>%1 (the minor)</source>
            <translation>%1 (the minor)</translation>
        </message>
        <message>
            <source>No guardian is registered.</source>
            <translation>No guardian is registered.</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Set up the center</source>
            <translation>Set up the center</translation>
        </message>
        <message>
            <source>Demonstration data</source>
            <translation>Demonstration data</translation>
        </message>
        <message>
            <source>Failed attempts in a row</source>
            <translation>Failed attempts in a row</translation>
        </message>
        <message>
            <source>Refused at</source>
            <translation>Refused at</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>Account created</translation>
        </message>
        <message>
            <source>Reset by the administrator</source>
            <translation>Reset by the administrator</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Field keys</source>
            <translation>Field keys</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Reason for opening sealed records</source>
            <translation>Reason for opening sealed records</translation>
        </message>
        <message>
            <source>Read by (part of the program)</source>
            <translation>Read by (part of the program)</translation>
        </message>
        <message>
            <source>Refused action</source>
            <translation>Refused action</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Last audit entry in the file</source>
            <translation>Last audit entry in the file</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <source>Replaced by the backup</source>
            <translation>Replaced by the backup</translation>
        </message>
        <message>
            <source>Last audit entry replaced</source>
            <translation>Last audit entry replaced</translation>
        </message>
        <message>
            <source>Account changes</source>
            <translation>Account changes</translation>
        </message>
        <message>
            <source>Previous database kept as</source>
            <translation>Previous database kept as</translation>
        </message>
        <message>
            <source>Entry no.</source>
            <translation>Entry no.</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>De-identified</source>
            <translation>De-identified</translation>
        </message>
        <message>
            <source>Sealed records left out</source>
            <translation>Sealed records left out</translation>
        </message>
        <message>
            <source>Smallest group shown (k)</source>
            <translation>Smallest group shown (k)</translation>
        </message>
        <message>
            <source>Values suppressed</source>
            <translation>Values suppressed</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Password-protected</source>
            <translation>Password-protected</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Chinese label</source>
            <translation>Chinese label</translation>
        </message>
        <message>
            <source>English label</source>
            <translation>English label</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Replaces</source>
            <translation>Replaces</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>New cases</source>
            <translation>New cases</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <source>Rows with errors</source>
            <translation>Rows with errors</translation>
        </message>
        <message>
            <source>Counselor (user no.)</source>
            <translation>Counselor (user no.)</translation>
        </message>
        <message>
            <source>Cases (record nos.)</source>
            <translation>Cases (record nos.)</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Minor (record no.)</source>
            <translation>Minor (record no.)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Length of the private notes</source>
            <translation>Length of the private notes</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Minors</source>
            <translation>Minors</translation>
        </message>
        <message>
            <source>Records added</source>
            <translation>Records added</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>Closed cases</source>
            <translation>Closed cases</translation>
        </message>
        <message>
            <source>Sealed records</source>
            <translation>Sealed records</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Plan revisions</source>
            <translation>Plan revisions</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Guardians at sessions</source>
            <translation>Guardians at sessions</translation>
        </message>
        <message>
            <source>Goal ratings</source>
            <translation>Goal ratings</translation>
        </message>
        <message>
            <source>Mandatory reports</source>
            <translation>Mandatory reports</translation>
        </message>
        <message>
            <source>no such account</source>
            <translation>no such account</translation>
        </message>
        <message>
            <source>account disabled</source>
            <translation>account disabled</translation>
        </message>
        <message>
            <source>account locked</source>
            <translation>account locked</translation>
        </message>
        <message>
            <source>wrong password</source>
            <translation>wrong password</translation>
        </message>
        <message>
            <source>the database key file</source>
            <translation>the database key file</translation>
        </message>
        <message>
            <source>the case list</source>
            <translation>the case list</translation>
        </message>
        <message>
            <source>the audit trail</source>
            <translation>the audit trail</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>replaced</source>
            <translation>replaced</translation>
        </message>
        <message>
            <source>restored with the recovery code</source>
            <translation>restored with the recovery code</translation>
        </message>
        <message>
            <source>record a mandatory report</source>
            <translation>record a mandatory report</translation>
        </message>
        <message>
            <source>see the plans awaiting approval</source>
            <translation>see the plans awaiting approval</translation>
        </message>
        <message>
            <source>approve a plan</source>
            <translation>approve a plan</translation>
        </message>
        <message>
            <source>assign a case to a counselor</source>
            <translation>assign a case to a counselor</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>make a backup</translation>
        </message>
        <message>
            <source>close a case</source>
            <translation>close a case</translation>
        </message>
        <message>
            <source>complete a plan</source>
            <translation>complete a plan</translation>
        </message>
        <message>
            <source>create an account</source>
            <translation>create an account</translation>
        </message>
        <message>
            <source>disable or enable an account</source>
            <translation>disable or enable an account</translation>
        </message>
        <message>
            <source>edit a case</source>
            <translation>edit a case</translation>
        </message>
        <message>
            <source>edit the lists</source>
            <translation>edit the lists</translation>
        </message>
        <message>
            <source>edit the center's settings</source>
            <translation>edit the center's settings</translation>
        </message>
        <message>
            <source>edit a minor's record</source>
            <translation>edit a minor's record</translation>
        </message>
        <message>
            <source>edit a plan</source>
            <translation>edit a plan</translation>
        </message>
        <message>
            <source>edit a mandatory report</source>
            <translation>edit a mandatory report</translation>
        </message>
        <message>
            <source>edit a session</source>
            <translation>edit a session</translation>
        </message>
        <message>
            <source>edit letter wording</source>
            <translation>edit letter wording</translation>
        </message>
        <message>
            <source>encrypt notes and sealed records</source>
            <translation>encrypt notes and sealed records</translation>
        </message>
        <message>
            <source>export the case list</source>
            <translation>export the case list</translation>
        </message>
        <message>
            <source>import a register</source>
            <translation>import a register</translation>
        </message>
        <message>
            <source>list the accounts</source>
            <translation>list the accounts</translation>
        </message>
        <message>
            <source>log a session</source>
            <translation>log a session</translation>
        </message>
        <message>
            <source>open a new case</source>
            <translation>open a new case</translation>
        </message>
        <message>
            <source>see plan decisions</source>
            <translation>see plan decisions</translation>
        </message>
        <message>
            <source>issue a letter</source>
            <translation>issue a letter</translation>
        </message>
        <message>
            <source>issue the statistics</source>
            <translation>issue the statistics</translation>
        </message>
        <message>
            <source>read the audit trail</source>
            <translation>read the audit trail</translation>
        </message>
        <message>
            <source>read a case</source>
            <translation>read a case</translation>
        </message>
        <message>
            <source>read a minor's record</source>
            <translation>read a minor's record</translation>
        </message>
        <message>
            <source>reassign a case</source>
            <translation>reassign a case</translation>
        </message>
        <message>
            <source>take in a transferred case</source>
            <translation>take in a transferred case</translation>
        </message>
        <message>
            <source>reopen a case</source>
            <translation>reopen a case</translation>
        </message>
        <message>
            <source>replace the recovery code</source>
            <translation>replace the recovery code</translation>
        </message>
        <message>
            <source>reprint a letter</source>
            <translation>reprint a letter</translation>
        </message>
        <message>
            <source>reset a password</source>
            <translation>reset a password</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restore a backup</translation>
        </message>
        <message>
            <source>restore the field keys</source>
            <translation>restore the field keys</translation>
        </message>
        <message>
            <source>return a plan</source>
            <translation>return a plan</translation>
        </message>
        <message>
            <source>start a plan review</source>
            <translation>start a plan review</translation>
        </message>
        <message>
            <source>seal or unseal a record</source>
            <translation>seal or unseal a record</translation>
        </message>
        <message>
            <source>open a sealed record</source>
            <translation>open a sealed record</translation>
        </message>
        <message>
            <source>submit a plan</source>
            <translation>submit a plan</translation>
        </message>
        <message>
            <source>transfer a case</source>
            <translation>transfer a case</translation>
        </message>
        <message>
            <source>undo an import</source>
            <translation>undo an import</translation>
        </message>
        <message>
            <source>check the audit chain</source>
            <translation>check the audit chain</translation>
        </message>
        <message>
            <source>Simplified Chinese</source>
            <translation>Simplified Chinese</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Language of letters</source>
            <translation>Language of letters</translation>
        </message>
        <message>
            <source>Letter reference prefix</source>
            <translation>Letter reference prefix</translation>
        </message>
        <message>
            <source>Lock the screen after (minutes)</source>
            <translation>Lock the screen after (minutes)</translation>
        </message>
        <message>
            <source>Automatic backups kept</source>
            <translation>Automatic backups kept</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>submitted for approval</source>
            <translation>submitted for approval</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>returned to draft</source>
            <translation>returned to draft</translation>
        </message>
        <message>
            <source>put under review</source>
            <translation>put under review</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>an administrator holds no cases</source>
            <translation>an administrator holds no cases</translation>
        </message>
        <message>
            <source>as %1</source>
            <translation>as %1</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>From date</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>To date</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Check the chain</source>
            <translation>Check the chain</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Who:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Any action</translation>
        </message>
        <message>
            <source>Only supervisors can read the audit trail.</source>
            <translation>Only supervisors can read the audit trail.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>The chain is intact: {n} entries checked.</source>
            <translation>The chain is intact: {n} entries checked.</translation>
        </message>
        <message>
            <source>The chain is BROKEN at entry {id}: it was changed or an entry before it was removed.</source>
            <translation>The chain is BROKEN at entry {id}: it was changed or an entry before it was removed.</translation>
        </message>
        <message>
            <source>{n} entries exported to {path}.</source>
            <translation>{n} entries exported to {path}.</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Export the audit trail</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <source>A backup is a copy of the whole database, encrypted like the database itself, with a checksum. A backup is also made each time familyedu is closed.</source>
            <translation>A backup is a copy of the whole database, encrypted like the database itself, with a checksum. A backup is also made each time familyedu is closed.</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Back up now…</translation>
        </message>
        <message>
            <source>Check a backup…</source>
            <translation>Check a backup…</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restore a backup…</translation>
        </message>
        <message>
            <source>Recent backups:</source>
            <translation>Recent backups:</translation>
        </message>
        <message>
            <source>{stamp}   {name}   {size:.1f} MB</source>
            <translation>{stamp}   {name}   {size:.1f} MB</translation>
        </message>
        <message>
            <source>No backup yet. One is made each time familyedu is closed, or now with Back up now…</source>
            <translation>No backup yet. One is made each time familyedu is closed, or now with Back up now…</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Making the backup…</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>Checking and restoring the backup…</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>Save the backup as</translation>
        </message>
        <message>
            <source>familyedu backups (*{suffix})</source>
            <translation>familyedu backups (*{suffix})</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <source>familyedu backups (*{suffix});;All files (*)</source>
            <translation>familyedu backups (*{suffix});;All files (*)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>The database will be replaced by the backup {name}. The current database is kept beside it, renamed. Everyone must sign in again afterwards. Continue?</source>
            <translation>The database will be replaced by the backup {name}. The current database is kept beside it, renamed. Everyone must sign in again afterwards. Continue?</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Backup written to {path}.</translation>
        </message>
        <message>
            <source>The backup is sound: made {when} by {who}.</source>
            <translation>The backup is sound: made {when} by {who}.</translation>
        </message>
        <message>
            <source>The backup made {when} was restored. The replaced database was kept as {kept}.</source>
            <translation>The backup made {when} was restored. The replaced database was kept as {kept}.</translation>
        </message>
        <message>
            <source>Backup of another database</source>
            <translation>Backup of another database</translation>
        </message>
        <message>
            <source>This backup is of another database. Enter your password of the time of the backup:</source>
            <translation>This backup is of another database. Enter your password of the time of the backup:</translation>
        </message>
        <message>
            <source>Restoring this backup changes these accounts:</source>
            <translation>Restoring this backup changes these accounts:</translation>
        </message>
        <message>
            <source>Restore it all the same?</source>
            <translation>Restore it all the same?</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>The backup file was not found.</source>
            <translation>The backup file was not found.</translation>
        </message>
        <message>
            <source>The backup file is damaged or incomplete. Nothing was changed.</source>
            <translation>The backup file is damaged or incomplete. Nothing was changed.</translation>
        </message>
        <message>
            <source>This file is not a familyedu backup. Nothing was changed.</source>
            <translation>This file is not a familyedu backup. Nothing was changed.</translation>
        </message>
        <message>
            <source>The backup file was altered after it was made. Nothing was changed.</source>
            <translation>The backup file was altered after it was made. Nothing was changed.</translation>
        </message>
        <message>
            <source>The backup comes from a newer version of familyedu. Nothing was changed.</source>
            <translation>The backup comes from a newer version of familyedu. Nothing was changed.</translation>
        </message>
        <message>
            <source>This backup is of another database and the password does not open it. Nothing was changed.</source>
            <translation>This backup is of another database and the password does not open it. Nothing was changed.</translation>
        </message>
        <message>
            <source>Backups of a PostgreSQL server are made on the server (see the security documentation).</source>
            <translation>Backups of a PostgreSQL server are made on the server (see the security documentation).</translation>
        </message>
        <message>
            <source>A file that is not a familyedu backup already has this name. Choose another name; nothing was written.</source>
            <translation>A file that is not a familyedu backup already has this name. Choose another name; nothing was written.</translation>
        </message>
        <message>
            <source>Restoring this backup would change accounts (old passwords or disabled accounts would come back). Nothing was changed.</source>
            <translation>Restoring this backup would change accounts (old passwords or disabled accounts would come back). Nothing was changed.</translation>
        </message>
        <message>
            <source>The database is open in another program. Close familyedu on the other computers and try again.</source>
            <translation>The database is open in another program. Close familyedu on the other computers and try again.</translation>
        </message>
        <message>
            <source>The backup could not be used.</source>
            <translation>The backup could not be used.</translation>
        </message>
        <message>
            <source>{user}: came back (it existed only in the backup)</source>
            <translation>{user}: came back (it existed only in the backup)</translation>
        </message>
        <message>
            <source>{user}: disappeared (it was created after the backup)</source>
            <translation>{user}: disappeared (it was created after the backup)</translation>
        </message>
        <message>
            <source>{user}: became active again</source>
            <translation>{user}: became active again</translation>
        </message>
        <message>
            <source>{user}: was disabled again</source>
            <translation>{user}: was disabled again</translation>
        </message>
        <message>
            <source>{user}: got its former role back</source>
            <translation>{user}: got its former role back</translation>
        </message>
        <message>
            <source>{user}: got back its password of the time of the backup</source>
            <translation>{user}: got back its password of the time of the backup</translation>
        </message>
        <message>
            <source>{user}: comes back (it exists only in the backup)</source>
            <translation>{user}: comes back (it exists only in the backup)</translation>
        </message>
        <message>
            <source>{user}: disappears (it was created after the backup)</source>
            <translation>{user}: disappears (it was created after the backup)</translation>
        </message>
        <message>
            <source>{user}: becomes active again (it is disabled now)</source>
            <translation>{user}: becomes active again (it is disabled now)</translation>
        </message>
        <message>
            <source>{user}: is disabled again (it is active now)</source>
            <translation>{user}: is disabled again (it is active now)</translation>
        </message>
        <message>
            <source>{user}: gets its former role back</source>
            <translation>{user}: gets its former role back</translation>
        </message>
        <message>
            <source>{user}: gets back its password of the time of the backup</source>
            <translation>{user}: gets back its password of the time of the backup</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Letters due for a month</source>
            <translation>Letters due for a month</translation>
        </message>
        <message>
            <source>One PDF file per letter</source>
            <translation>One PDF file per letter</translation>
        </message>
        <message>
            <source>One PDF with every letter</source>
            <translation>One PDF with every letter</translation>
        </message>
        <message>
            <source>A blank page after each letter with an odd number of pages</source>
            <translation>A blank page after each letter with an odd number of pages</translation>
        </message>
        <message>
            <source>The center's language</source>
            <translation>The center's language</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Issue letters</source>
            <translation>Issue letters</translation>
        </message>
        <message>
            <source>Folder for the letters</source>
            <translation>Folder for the letters</translation>
        </message>
        <message numerus="yes">
            <source>%n letter(s) due.</source>
            <translation>
                <numerusform>%n letter due.</numerusform>
                <numerusform>%n letters due.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder for the letters first.</source>
            <translation>Choose the folder for the letters first.</translation>
        </message>
        <message>
            <source>Issuing letters…</source>
            <translation>Issuing letters…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Issued %1 of %2 letters…</source>
            <translation>Issued %1 of %2 letters…</translation>
        </message>
        <message numerus="yes">
            <source>%n letter(s) issued.</source>
            <translation>
                <numerusform>%n letter issued.</numerusform>
                <numerusform>%n letters issued.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: the letters not yet issued are still due.</source>
            <translation>Cancelled: the letters not yet issued are still due.</translation>
        </message>
    </context>
    <context>
        <name>CaseForm</name>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>Right-click a column title to choose the columns shown.</source>
            <translation>Right-click a column title to choose the columns shown.</translation>
        </message>
        <message>
            <source>Hours (or sessions) done, against what the order requires</source>
            <translation>Hours (or sessions) done, against what the order requires</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Guardianship</source>
            <translation>Guardianship</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Done / required</source>
            <translation>Done / required</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>The order's deadline ({date}) has passed with hours still missing.</source>
            <translation>The order's deadline ({date}) has passed with hours still missing.</translation>
        </message>
        <message>
            <source>A session was due on {date}.</source>
            <translation>A session was due on {date}.</translation>
        </message>
        <message>
            <source>The plan's review is overdue.</source>
            <translation>The plan's review is overdue.</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message>
            <source>New case…</source>
            <translation>New case…</translation>
        </message>
        <message>
            <source>Register a minor and open a case (Ctrl+N)</source>
            <translation>Register a minor and open a case (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <source>More than %n cases match: type more to narrow the search</source>
            <translation>
                <numerusform>More than %n cases match: type more to narrow the search</numerusform>
                <numerusform>More than %n cases match: type more to narrow the search</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseWorkspace</name>
        <message>
            <source>Sealed record</source>
            <translation>Sealed record</translation>
        </message>
        <message>
            <source>A sealed criminal record: the identity is shown only to those entitled, and every opening is recorded with its reason.</source>
            <translation>A sealed criminal record: the identity is shown only to those entitled, and every opening is recorded with its reason.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Show what others saved meanwhile (F5)</source>
            <translation>Show what others saved meanwhile (F5)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Issue a letter, report or the plan for this case as a PDF (Ctrl+P)</source>
            <translation>Issue a letter, report or the plan for this case as a PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <source>Transfer to another center: the case and its history in one encrypted file</source>
            <translation>Transfer to another center: the case and its history in one encrypted file</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Referral and order</source>
            <translation>Referral and order</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Mandatory reports</source>
            <translation>Mandatory reports</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n year old</numerusform>
                <numerusform>%n years old</numerusform>
            </translation>
        </message>
        <message>
            <source>Risk: %1</source>
            <translation>Risk: %1</translation>
        </message>
        <message>
            <source>Counselor: %1</source>
            <translation>Counselor: %1</translation>
        </message>
        <message>
            <source>Transferred from %1 (their case %2) on %3</source>
            <translation>Transferred from %1 (their case %2) on %3</translation>
        </message>
        <message>
            <source>Sessions (%1)</source>
            <translation>Sessions (%1)</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <source>Case list</source>
            <translation>Case list</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>Sealed record</source>
            <translation>Sealed record</translation>
        </message>
        <message>
            <source>This record is sealed. State why you need to open it; the reason is kept in the audit trail.</source>
            <translation>This record is sealed. State why you need to open it; the reason is kept in the audit trail.</translation>
        </message>
        <message>
            <source>A reason is needed.</source>
            <translation>A reason is needed.</translation>
        </message>
        <message>
            <source>Case {id}</source>
            <translation>Case {id}</translation>
        </message>
    </context>
    <context>
        <name>Categories</name>
        <message>
            <source>Guardianship situation</source>
            <translation>Guardianship situation</translation>
        </message>
        <message>
            <source>Living with</source>
            <translation>Living with</translation>
        </message>
        <message>
            <source>Involvement in a case</source>
            <translation>Involvement in a case</translation>
        </message>
        <message>
            <source>Referral source</source>
            <translation>Referral source</translation>
        </message>
        <message>
            <source>Goal domain</source>
            <translation>Goal domain</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>Guardian's relation</translation>
        </message>
    </context>
    <context>
        <name>CategoriesPage</name>
        <message>
            <source>Which list</source>
            <translation>Which list</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Offer this entry for new records</source>
            <translation>Offer this entry for new records</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>New entry</translation>
        </message>
        <message>
            <source>Save entry</source>
            <translation>Save entry</translation>
        </message>
        <message>
            <source>Entries are never deleted, because older records use them: clear “Offer this entry” to retire one.</source>
            <translation>Entries are never deleted, because older records use them: clear “Offer this entry” to retire one.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
    </context>
    <context>
        <name>CenterPage</name>
        <message>
            <source>Printed on every letter; letters need it</source>
            <translation>Printed on every letter; letters need it</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>Choose picture…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>Center name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Letter reference prefix</source>
            <translation>Letter reference prefix</translation>
        </message>
        <message>
            <source>Language of letters</source>
            <translation>Language of letters</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>Lock the screen after</translation>
        </message>
        <message>
            <source>Automatic backups kept</source>
            <translation>Automatic backups kept</translation>
        </message>
        <message>
            <source>Letters are numbered like 家指〔2026〕12号 with this prefix.</source>
            <translation>Letters are numbered like 家指〔2026〕12号 with this prefix.</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <source>Choose the center's logo</source>
            <translation>Choose the center's logo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <source>This picture cannot be read.</source>
            <translation>This picture cannot be read.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>Not saved: please correct the marked fields.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <source>Save mine over theirs</source>
            <translation>Save mine over theirs</translation>
        </message>
        <message>
            <source>Show theirs</source>
            <translation>Show theirs</translation>
        </message>
        <message>
            <source>Showing the settings saved by someone else.</source>
            <translation>Showing the settings saved by someone else.</translation>
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Close case %1</source>
            <translation>Close case %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <source>e.g. guidance sessions and home visits</source>
            <translation>e.g. guidance sessions and home visits</translation>
        </message>
    </context>
    <context>
        <name>ConsentPart</name>
        <message>
            <source>A guardian has given consent to guidance</source>
            <translation>A guardian has given consent to guidance</translation>
        </message>
        <message>
            <source>e.g. guidance sessions and home visits</source>
            <translation>e.g. guidance sessions and home visits</translation>
        </message>
        <message>
            <source>A child under 14 needs a guardian's consent before guidance begins; it can also be recorded later on the profile.</source>
            <translation>A child under 14 needs a guardian's consent before guidance begins; it can also be recorded later on the profile.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Sessions held per month (last 12 months)</source>
            <translation>Sessions held per month (last 12 months)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Open cases by guardianship situation</source>
            <translation>Open cases by guardianship situation</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>My caseload</source>
            <translation>My caseload</translation>
        </message>
        <message>
            <source>Whole center</source>
            <translation>Whole center</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>New case…</translation>
        </message>
        <message>
            <source>Register a minor and open a case (Ctrl+N)</source>
            <translation>Register a minor and open a case (Ctrl+N)</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>No case is due for a session this week.</source>
            <translation>No case is due for a session this week.</translation>
        </message>
        <message>
            <source>Review was due</source>
            <translation>Review was due</translation>
        </message>
        <message>
            <source>No plan review is overdue.</source>
            <translation>No plan review is overdue.</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Done / required</source>
            <translation>Done / required</translation>
        </message>
        <message>
            <source>No order is near its deadline with hours missing.</source>
            <translation>No order is near its deadline with hours missing.</translation>
        </message>
        <message>
            <source>Missed on</source>
            <translation>Missed on</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>No missed session is waiting for a follow-up.</source>
            <translation>No missed session is waiting for a follow-up.</translation>
        </message>
        <message numerus="yes">
            <source>Sessions due this week (%n)</source>
            <translation>
                <numerusform>Sessions due this week (%n)</numerusform>
                <numerusform>Sessions due this week (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan reviews overdue (%n)</source>
            <translation>
                <numerusform>Plan reviews overdue (%n)</numerusform>
                <numerusform>Plan reviews overdue (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Orders near their deadline, hours missing (%n)</source>
            <translation>
                <numerusform>Orders near their deadline, hours missing (%n)</numerusform>
                <numerusform>Orders near their deadline, hours missing (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No-shows awaiting follow-up (%n)</source>
            <translation>
                <numerusform>No-shows awaiting follow-up (%n)</numerusform>
                <numerusform>No-shows awaiting follow-up (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Loading the dashboard…</source>
            <translation>Loading the dashboard…</translation>
        </message>
        <message numerus="yes">
            <source>Plans awaiting your approval (%n)</source>
            <translation>
                <numerusform>Plans awaiting your approval (%n)</numerusform>
                <numerusform>Plans awaiting your approval (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Decisions on your plans (%n)</source>
            <translation>
                <numerusform>Decisions on your plans (%n)</numerusform>
                <numerusform>Decisions on your plans (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>The dashboard could not be loaded: %1</source>
            <translation>The dashboard could not be loaded: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n open case(s) in the center</source>
            <translation>
                <numerusform>%n open case in the center</numerusform>
                <numerusform>%n open cases in the center</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open case(s) in your caseload</source>
            <translation>
                <numerusform>%n open case in your caseload</numerusform>
                <numerusform>%n open cases in your caseload</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>Type a date such as 2027-03-04, 2027/3/4, 2027年3月4日 or 20270304; Up/Down change it by a day.</source>
            <translation>Type a date such as 2027-03-04, 2027/3/4, 2027年3月4日 or 20270304; Up/Down change it by a day.</translation>
        </message>
        <message>
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Choose from a calendar (Alt+Down)</translation>
        </message>
        <message>
            <source>Open the calendar</source>
            <translation>Open the calendar</translation>
        </message>
        <message>
            <source>No date (Ctrl+Delete)</source>
            <translation>No date (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Clear the date</translation>
        </message>
        <message>
            <source>yyyy-mm-dd hh:mm</source>
            <translation>yyyy-mm-dd hh:mm</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>yyyy-mm-dd</translation>
        </message>
        <message>
            <source>This date is required.</source>
            <translation>This date is required.</translation>
        </message>
        <message>
            <source>“%1” is not a date: type it as 2027-03-04, 2027/3/4, 2027年3月4日 or 20270304.</source>
            <translation>“%1” is not a date: type it as 2027-03-04, 2027/3/4, 2027年3月4日 or 20270304.</translation>
        </message>
        <message>
            <source>Please type the date as well.</source>
            <translation>Please type the date as well.</translation>
        </message>
        <message>
            <source>%1 is outside this field's range (%2 to %3).</source>
            <translation>%1 is outside this field's range (%2 to %3).</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>The draft of the document appears here as soon as it is ready. After changing the fields, press Preview to see it again.</source>
            <translation>The draft of the document appears here as soon as it is ready. After changing the fields, press Preview to see it again.</translation>
        </message>
        <message>
            <source>Preparing the draft…</source>
            <translation>Preparing the draft…</translation>
        </message>
        <message>
            <source>No draft: the message on the left says why. Correct the fields and press Preview.</source>
            <translation>No draft: the message on the left says why. Correct the fields and press Preview.</translation>
        </message>
    </context>
    <context>
        <name>DraftKeeper</name>
        <message>
            <source>Unsaved draft found</source>
            <translation>Unsaved draft found</translation>
        </message>
        <message>
            <source>There is an unsaved draft of this form from %1, probably left by a crash or a power cut. Restore it?</source>
            <translation>There is an unsaved draft of this form from %1, probably left by a crash or a power cut. Restore it?</translation>
        </message>
    </context>
    <context>
        <name>DueList</name>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>This child may already be registered</source>
            <translation>This child may already be registered</translation>
        </message>
        <message>
            <source>Nothing has been saved yet. These registered minors look like the child you are registering. If one of them is this child, cancel and open their record instead.</source>
            <translation>Nothing has been saved yet. These registered minors look like the child you are registering. If one of them is this child, cancel and open their record instead.</translation>
        </message>
        <message>
            <source>Same name and date of birth</source>
            <translation>Same name and date of birth</translation>
        </message>
        <message>
            <source>A guardian has the same phone number</source>
            <translation>A guardian has the same phone number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Why it may be the same child</source>
            <translation>Why it may be the same child</translation>
        </message>
        <message>
            <source>This is a different child: register</source>
            <translation>This is a different child: register</translation>
        </message>
    </context>
    <context>
        <name>ErrorHook</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>You can go on working. If it happens again, send the log file to your administrator: {path}</source>
            <translation>You can go on working. If it happens again, send the log file to your administrator: {path}</translation>
        </message>
    </context>
    <context>
        <name>ExportPasswordDialog</name>
        <message>
            <source>Protect the export</source>
            <translation>Protect the export</translation>
        </message>
        <message>
            <source>The audit trail holds personal data: the file is encrypted with this password.</source>
            <translation>The audit trail holds personal data: the file is encrypted with this password.</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>Again:</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>The two entries differ.</translation>
        </message>
    </context>
    <context>
        <name>FieldSet</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Resident ID number</source>
            <translation>Resident ID number</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Registered address</source>
            <translation>Registered address</translation>
        </message>
        <message>
            <source>Current address</source>
            <translation>Current address</translation>
        </message>
        <message>
            <source>Guardianship situation</source>
            <translation>Guardianship situation</translation>
        </message>
        <message>
            <source>Living with</source>
            <translation>Living with</translation>
        </message>
        <message>
            <source>Involvement</source>
            <translation>Involvement</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Reason for the risk</source>
            <translation>Reason for the risk</translation>
        </message>
        <message>
            <source>Sealed record</source>
            <translation>Sealed record</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Lives with the minor</source>
            <translation>Lives with the minor</translation>
        </message>
        <message>
            <source>Works where</source>
            <translation>Works where</translation>
        </message>
        <message>
            <source>Primary contact</source>
            <translation>Primary contact</translation>
        </message>
        <message>
            <source>Named in the order</source>
            <translation>Named in the order</translation>
        </message>
        <message>
            <source>Referral source</source>
            <translation>Referral source</translation>
        </message>
        <message>
            <source>Referring authority</source>
            <translation>Referring authority</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>Order type</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Hours required</source>
            <translation>Hours required</translation>
        </message>
        <message>
            <source>Sessions required</source>
            <translation>Sessions required</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Feedback to</source>
            <translation>Feedback to</translation>
        </message>
        <message>
            <source>Feedback every (days)</source>
            <translation>Feedback every (days)</translation>
        </message>
        <message>
            <source>Session every (days)</source>
            <translation>Session every (days)</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Needs found at intake</source>
            <translation>Needs found at intake</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>Interventions</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>The minor attended</source>
            <translation>The minor attended</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Who came</translation>
        </message>
        <message>
            <source>Goals worked on</source>
            <translation>Goals worked on</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Private notes</translation>
        </message>
        <message>
            <source>Summary for the family</source>
            <translation>Summary for the family</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>Next appointment</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>Reported on</translation>
        </message>
        <message>
            <source>Suspected harm</source>
            <translation>Suspected harm</translation>
        </message>
        <message>
            <source>Police station</source>
            <translation>Police station</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>Given by</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Reason for withdrawal</source>
            <translation>Reason for withdrawal</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Reason for opening a sealed record</source>
            <translation>Reason for opening a sealed record</translation>
        </message>
        <message>
            <source>Receiving center</source>
            <translation>Receiving center</translation>
        </message>
        <message>
            <source>Sending center</source>
            <translation>Sending center</translation>
        </message>
        <message>
            <source>Their case number</source>
            <translation>Their case number</translation>
        </message>
        <message>
            <source>File checksum (SHA-256)</source>
            <translation>File checksum (SHA-256)</translation>
        </message>
        <message>
            <source>File size (bytes)</source>
            <translation>File size (bytes)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Plan revisions</source>
            <translation>Plan revisions</translation>
        </message>
        <message>
            <source>Mandatory reports</source>
            <translation>Mandatory reports</translation>
        </message>
        <message>
            <source>Issued letters</source>
            <translation>Issued letters</translation>
        </message>
        <message>
            <source>Part of a transfer</source>
            <translation>Part of a transfer</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search: name, pinyin (zxm), case no., ID no., phone</source>
            <translation>Search: name, pinyin (zxm), case no., ID no., phone</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any counselor</source>
            <translation>Any counselor</translation>
        </message>
        <message>
            <source>Any risk</source>
            <translation>Any risk</translation>
        </message>
        <message>
            <source>Any guardianship situation</source>
            <translation>Any guardianship situation</translation>
        </message>
        <message>
            <source>Any order</source>
            <translation>Any order</translation>
        </message>
        <message>
            <source>Any plan status</source>
            <translation>Any plan status</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Search cases</source>
            <translation>Search cases</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <source>Filter by counselor</source>
            <translation>Filter by counselor</translation>
        </message>
        <message>
            <source>Filter by risk</source>
            <translation>Filter by risk</translation>
        </message>
        <message>
            <source>Filter by guardianship situation</source>
            <translation>Filter by guardianship situation</translation>
        </message>
        <message>
            <source>Filter by order</source>
            <translation>Filter by order</translation>
        </message>
        <message>
            <source>Filter by plan status</source>
            <translation>Filter by plan status</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{done} / {required} h</source>
            <translation>{done} / {required} h</translation>
        </message>
        <message>
            <source>{done} h</source>
            <translation>{done} h</translation>
        </message>
    </context>
    <context>
        <name>GoalsModel</name>
        <message>
            <source>Goal %1, %2: %3</source>
            <translation>Goal %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>GuardianDialog</name>
        <message>
            <source>Edit guardian</source>
            <translation>Edit guardian</translation>
        </message>
        <message>
            <source>Add guardian</source>
            <translation>Add guardian</translation>
        </message>
    </context>
    <context>
        <name>GuardianForm</name>
        <message>
            <source>mobile or 0851-12345678</source>
            <translation>mobile or 0851-12345678</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove this guardian from the form</source>
            <translation>Remove this guardian from the form</translation>
        </message>
    </context>
    <context>
        <name>GuardianRows</name>
        <message>
            <source>Add guardian</source>
            <translation>Add guardian</translation>
        </message>
        <message>
            <source>Remove guardian</source>
            <translation>Remove guardian</translation>
        </message>
        <message>
            <source>Remove this guardian and what was typed for them?</source>
            <translation>Remove this guardian and what was typed for them?</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide — familyedu</source>
            <translation>User guide — familyedu</translation>
        </message>
        <message>
            <source>User guide (F1)</source>
            <translation>User guide (F1)</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>(sealed, kept encrypted)</source>
            <translation>(sealed, kept encrypted)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Goals rated: %1</source>
            <translation>Goals rated: %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Every change to this case, newest first. Private session notes are never copied here.</source>
            <translation>Every change to this case, newest first. Private session notes are never copied here.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Guardian's name</source>
            <translation>Guardian's name</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>Guardian's relation</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>Guardian's phone</translation>
        </message>
        <message>
            <source>Case number in the register</source>
            <translation>Case number in the register</translation>
        </message>
        <message>
            <source>Import a register</source>
            <translation>Import a register</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose the center's register (.xlsx, or .csv as Excel or WPS saves it). Nothing is written until you have seen the check of every row.</source>
            <translation>Choose the center's register (.xlsx, or .csv as Excel or WPS saves it). Nothing is written until you have seen the check of every row.</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Choose &amp;file…</translation>
        </message>
        <message>
            <source>Automatic (from the column headers)</source>
            <translation>Automatic (from the column headers)</translation>
        </message>
        <message>
            <source>&amp;Load a mapping (MAP.json)…</source>
            <translation>&amp;Load a mapping (MAP.json)…</translation>
        </message>
        <message>
            <source>Register file:</source>
            <translation>Register file:</translation>
        </message>
        <message>
            <source>Cases go to:</source>
            <translation>Cases go to:</translation>
        </message>
        <message>
            <source>Column mapping:</source>
            <translation>Column mapping:</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>First value</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Means</translation>
        </message>
        <message>
            <source>Values not in the center's lists: choose the entry each one means (or add the entry in Administration → Lists first).</source>
            <translation>Values not in the center's lists: choose the entry each one means (or add the entry in Administration → Lists first).</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Columns recognised by their headers:</source>
            <translation>Columns recognised by their headers:</translation>
        </message>
        <message>
            <source>Headers recognised</source>
            <translation>Headers recognised</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Past sessions</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Value in the file</source>
            <translation>Value in the file</translation>
        </message>
        <message>
            <source>Entry of the list</source>
            <translation>Entry of the list</translation>
        </message>
        <message>
            <source>&amp;Save the mapping as MAP.json…</source>
            <translation>&amp;Save the mapping as MAP.json…</translation>
        </message>
        <message>
            <source>Save the report as &amp;CSV…</source>
            <translation>Save the report as &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>&amp;Undo this import</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n new case(s)</source>
            <translation>
                <numerusform>&amp;Import %n new case</numerusform>
                <numerusform>&amp;Import %n new cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Checking every row…</translation>
        </message>
        <message>
            <source>Choose the register</source>
            <translation>Choose the register</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>Registers (*.xlsx *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Load a mapping</source>
            <translation>Load a mapping</translation>
        </message>
        <message>
            <source>Mappings (*.json)</source>
            <translation>Mappings (*.json)</translation>
        </message>
        <message>
            <source>No header row with known columns (such as 姓名 or 身份证号) was found in this file. Check that it is the register.</source>
            <translation>No header row with known columns (such as 姓名 or 身份证号) was found in this file. Check that it is the register.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”, header in row {row}. Check what each column means; columns set to “(not imported)” are left out.</source>
            <translation>Sheet “{sheet}”, header in row {row}. Check what each column means; columns set to “(not imported)” are left out.</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <source>Past sessions (sheet “{sheet}”)</source>
            <translation>Past sessions (sheet “{sheet}”)</translation>
        </message>
        <message>
            <source>Each past session is tied to its case by the case number in the register or by the ID number, and needs its date. Some of these columns were not recognised: choose which column holds the date and which the case number or ID number, or these sessions are not imported.</source>
            <translation>Each past session is tied to its case by the case number in the register or by the ID number, and needs its date. Some of these columns were not recognised: choose which column holds the date and which the case number or ID number, or these sessions are not imported.</translation>
        </message>
        <message>
            <source>Each past session is tied to its case by the case number in the register or by the ID number, and needs its date.</source>
            <translation>Each past session is tied to its case by the case number in the register or by the ID number, and needs its date.</translation>
        </message>
        <message>
            <source>(leave as an error)</source>
            <translation>(leave as an error)</translation>
        </message>
        <message>
            <source>Add “{value}” to the list</source>
            <translation>Add “{value}” to the list</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Save the mapping</translation>
        </message>
        <message>
            <source>Past sessions on sheet “{sheet}”: {new} to import, {errors} with errors.</source>
            <translation>Past sessions on sheet “{sheet}”: {new} to import, {errors} with errors.</translation>
        </message>
        <message>
            <source>The past sessions on sheet “{sheet}” were not read: go back and choose its date column and its case number or ID number column.</source>
            <translation>The past sessions on sheet “{sheet}” were not read: go back and choose its date column and its case number or ID number column.</translation>
        </message>
        <message>
            <source>Dry run of {file}: {new} new, {duplicates} already registered, {errors} with errors (not imported). Nothing has been written yet.</source>
            <translation>Dry run of {file}: {new} new, {duplicates} already registered, {errors} with errors (not imported). Nothing has been written yet.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>The first new case is {number}.</source>
            <translation>The first new case is {number}.</translation>
        </message>
        <message>
            <source>Imported {new} new case(s) with {sessions} past session(s); {duplicates} already registered and {errors} with errors were left out. {first}

The import can be undone as a whole until one of its cases is changed.</source>
            <translation>Imported {new} new case(s) with {sessions} past session(s); {duplicates} already registered and {errors} with errors were left out. {first}

The import can be undone as a whole until one of its cases is changed.</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n case(s) this import added?</source>
            <translation>
                <numerusform>Remove the %n case this import added?</numerusform>
                <numerusform>Remove the %n cases this import added?</numerusform>
            </translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>Undoing the import…</translation>
        </message>
        <message numerus="yes">
            <source>The import was undone: %n case(s) removed.</source>
            <translation>
                <numerusform>The import was undone: %n case removed.</numerusform>
                <numerusform>The import was undone: %n cases removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Duplicate of</source>
            <translation>Duplicate of</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>a child you cannot see: ask your supervisor</source>
            <translation>a child you cannot see: ask your supervisor</translation>
        </message>
        <message>
            <source>row {number} of this file</source>
            <translation>row {number} of this file</translation>
        </message>
    </context>
    <context>
        <name>IssueLetterDialog</name>
        <message>
            <source>Issue a letter</source>
            <translation>Issue a letter</translation>
        </message>
        <message>
            <source>As recorded in the case</source>
            <translation>As recorded in the case</translation>
        </message>
        <message>
            <source>Automatic (a reminder first)</source>
            <translation>Automatic (a reminder first)</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Non-compliance</source>
            <translation>Non-compliance</translation>
        </message>
        <message>
            <source>The counselor's assessment, for the referring authority</source>
            <translation>The counselor's assessment, for the referring authority</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Issue again?</source>
            <translation>Issue again?</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>No order</source>
            <translation>No order</translation>
        </message>
        <message>
            <source>Family education guidance order</source>
            <translation>Family education guidance order</translation>
        </message>
        <message>
            <source>Guardianship supervision order</source>
            <translation>Guardianship supervision order</translation>
        </message>
        <message>
            <source>Other order</source>
            <translation>Other order</translation>
        </message>
        <message>
            <source>Order fulfilled</source>
            <translation>Order fulfilled</translation>
        </message>
        <message>
            <source>Goals achieved</source>
            <translation>Goals achieved</translation>
        </message>
        <message>
            <source>Non-compliance</source>
            <translation>Non-compliance</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Moved away</translation>
        </message>
        <message>
            <source>Reached 18</source>
            <translation>Reached 18</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
        <message>
            <source>At the center</source>
            <translation>At the center</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>School visit</source>
            <translation>School visit</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Parenting class</source>
            <translation>Parenting class</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Rescheduled</source>
            <translation>Rescheduled</translation>
        </message>
        <message>
            <source>Progress letter to guardians</source>
            <translation>Progress letter to guardians</translation>
        </message>
        <message>
            <source>Report to the authority</source>
            <translation>Report to the authority</translation>
        </message>
        <message>
            <source>Guidance plan</source>
            <translation>Guidance plan</translation>
        </message>
        <message>
            <source>Completion report</source>
            <translation>Completion report</translation>
        </message>
        <message>
            <source>Reminder notice</source>
            <translation>Reminder notice</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>0 – not started</source>
            <translation>0 – not started</translation>
        </message>
        <message>
            <source>1 – beginning</source>
            <translation>1 – beginning</translation>
        </message>
        <message>
            <source>2 – some progress</source>
            <translation>2 – some progress</translation>
        </message>
        <message>
            <source>3 – good progress</source>
            <translation>3 – good progress</translation>
        </message>
        <message>
            <source>4 – achieved</source>
            <translation>4 – achieved</translation>
        </message>
    </context>
    <context>
        <name>LetterErrors</name>
        <message>
            <source>the minor's name</source>
            <translation>the minor's name</translation>
        </message>
        <message>
            <source>a guardian's name</source>
            <translation>a guardian's name</translation>
        </message>
        <message>
            <source>the recipient</source>
            <translation>the recipient</translation>
        </message>
        <message>
            <source>the referring authority</source>
            <translation>the referring authority</translation>
        </message>
        <message>
            <source>the reference prefix (center settings)</source>
            <translation>the reference prefix (center settings)</translation>
        </message>
        <message>
            <source>the center's name</source>
            <translation>the center's name</translation>
        </message>
        <message>
            <source>the center's address</source>
            <translation>the center's address</translation>
        </message>
        <message>
            <source>the center's phone number</source>
            <translation>the center's phone number</translation>
        </message>
        <message>
            <source>the counselor's name</source>
            <translation>the counselor's name</translation>
        </message>
        <message>
            <source>the supervisor's name</source>
            <translation>the supervisor's name</translation>
        </message>
        <message>
            <source>a session's shared summary</source>
            <translation>a session's shared summary</translation>
        </message>
        <message>
            <source>a session mode</source>
            <translation>a session mode</translation>
        </message>
        <message>
            <source>a session's next steps</source>
            <translation>a session's next steps</translation>
        </message>
        <message>
            <source>a goal of the plan</source>
            <translation>a goal of the plan</translation>
        </message>
        <message>
            <source>a goal area (categories)</source>
            <translation>a goal area (categories)</translation>
        </message>
        <message>
            <source>the needs in the plan</source>
            <translation>the needs in the plan</translation>
        </message>
        <message>
            <source>the interventions in the plan</source>
            <translation>the interventions in the plan</translation>
        </message>
        <message>
            <source>the frequency in the plan</source>
            <translation>the frequency in the plan</translation>
        </message>
        <message>
            <source>the assessment</source>
            <translation>the assessment</translation>
        </message>
        <message>
            <source>the closing note</source>
            <translation>the closing note</translation>
        </message>
        <message>
            <source>the order's document number</source>
            <translation>the order's document number</translation>
        </message>
        <message>
            <source>the order type</source>
            <translation>the order type</translation>
        </message>
        <message>
            <source>the closure outcome</source>
            <translation>the closure outcome</translation>
        </message>
        <message>
            <source>the letter's wording (%1)</source>
            <translation>the letter's wording (%1)</translation>
        </message>
        <message>
            <source>a category name</source>
            <translation>a category name</translation>
        </message>
        <message>
            <source>The character '%1' (%2) in %3 cannot be printed.</source>
            <translation>The character '%1' (%2) in %3 cannot be printed.</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more character(s).</source>
            <translation>
                <numerusform>…and %n more character.</numerusform>
                <numerusform>…and %n more characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>No font can draw it. Correct the text (or use a common variant of the character); nothing was issued.</source>
            <translation>No font can draw it. Correct the text (or use a common variant of the character); nothing was issued.</translation>
        </message>
        <message>
            <source>%1 %2 (issued on %3) already covers this period.</source>
            <translation>%1 %2 (issued on %3) already covers this period.</translation>
        </message>
        <message>
            <source>Issue a new one that supersedes %1?</source>
            <translation>Issue a new one that supersedes %1?</translation>
        </message>
        <message>
            <source>Nothing was issued.</source>
            <translation>Nothing was issued.</translation>
        </message>
        <message>
            <source>This letter cannot be reprinted identically: a font it was printed with is missing on this computer.</source>
            <translation>This letter cannot be reprinted identically: a font it was printed with is missing on this computer.</translation>
        </message>
        <message>
            <source>This letter cannot be reprinted identically: the rebuilt document differs from the one issued.</source>
            <translation>This letter cannot be reprinted identically: the rebuilt document differs from the one issued.</translation>
        </message>
    </context>
    <context>
        <name>LetterRegister</name>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
    </context>
    <context>
        <name>LettersView</name>
        <message>
            <source>Filter by kind of document</source>
            <translation>Filter by kind of document</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>All documents</translation>
        </message>
        <message>
            <source>New letter…</source>
            <translation>New letter…</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Batch…</source>
            <translation>Batch…</translation>
        </message>
        <message>
            <source>Statistics…</source>
            <translation>Statistics…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>New letter</source>
            <translation>New letter</translation>
        </message>
        <message>
            <source>Case number (e.g. 2026-0012):</source>
            <translation>Case number (e.g. 2026-0012):</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>familyedu — family education guidance</source>
            <translation>familyedu — family education guidance</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>Database restored</translation>
        </message>
        <message>
            <source>The database was replaced by the backup. familyedu closes now; start it again and sign in.</source>
            <translation>The database was replaced by the backup. familyedu closes now; start it again and sign in.</translation>
        </message>
    </context>
    <context>
        <name>MinorForm</name>
        <message>
            <source>18 characters, optional</source>
            <translation>18 characters, optional</translation>
        </message>
        <message>
            <source>Region code %1 is not in the built-in list of districts (a new or renamed district?). If the number is copied correctly from the document, it is accepted as it is.</source>
            <translation>Region code %1 is not in the built-in list of districts (a new or renamed district?). If the number is copied correctly from the document, it is accepted as it is.</translation>
        </message>
    </context>
    <context>
        <name>MonthField</name>
        <message>
            <source>yyyy-mm</source>
            <translation>yyyy-mm</translation>
        </message>
        <message>
            <source>Type a month such as 2027-03, 2027/3, 2027年3月 or 202703; Up/Down change it by a month.</source>
            <translation>Type a month such as 2027-03, 2027/3, 2027年3月 or 202703; Up/Down change it by a month.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a month: type it as 2027-03, 2027/3, 2027年3月 or 202703.</source>
            <translation>%1: “%2” is not a month: type it as 2027-03, 2027/3, 2027年3月 or 202703.</translation>
        </message>
        <message>
            <source>%1: there is no month %2; a month is 1 to 12.</source>
            <translation>%1: there is no month %2; a month is 1 to 12.</translation>
        </message>
        <message>
            <source>%1: %2 is outside this field's range (%3 to %4).</source>
            <translation>%1: %2 is outside this field's range (%3 to %4).</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>The minor</source>
            <translation>The minor</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Referral and order</source>
            <translation>Referral and order</translation>
        </message>
        <message>
            <source>Register and open the case</source>
            <translation>Register and open the case</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>First password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>The person is asked to choose their own password after signing in with this one.</source>
            <translation>The person is asked to choose their own password after signing in with this one.</translation>
        </message>
    </context>
    <context>
        <name>OrderTab</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Hours done</source>
            <translation>Hours done</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions attended</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>No-shows</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Next session due</source>
            <translation>Next session due</translation>
        </message>
        <message>
            <source>Next plan review</source>
            <translation>Next plan review</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>Close case…</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>Reopen case</translation>
        </message>
        <message>
            <source>Reassign to counselor</source>
            <translation>Reassign to counselor</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Reassign</translation>
        </message>
        <message>
            <source>Progress against the order</source>
            <translation>Progress against the order</translation>
        </message>
        <message>
            <source>Referral and order</source>
            <translation>Referral and order</translation>
        </message>
        <message>
            <source>The case</source>
            <translation>The case</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>No order: %1 done</source>
            <translation>No order: %1 done</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) left)</source>
            <translation>
                <numerusform>(%n day left)</numerusform>
                <numerusform>(%n days left)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) late)</source>
            <translation>
                <numerusform>(%n day late)</numerusform>
                <numerusform>(%n days late)</numerusform>
            </translation>
        </message>
        <message>
            <source>Status: %1 · Counselor: %2</source>
            <translation>Status: %1 · Counselor: %2</translation>
        </message>
        <message>
            <source>Unseal record…</source>
            <translation>Unseal record…</translation>
        </message>
        <message>
            <source>Seal record…</source>
            <translation>Seal record…</translation>
        </message>
        <message>
            <source>The order's deadline has passed and it is not fulfilled.</source>
            <translation>The order's deadline has passed and it is not fulfilled.</translation>
        </message>
        <message>
            <source>The order's deadline is near and hours are still missing.</source>
            <translation>The order's deadline is near and hours are still missing.</translation>
        </message>
        <message>
            <source>At the pace so far the order cannot be finished by its deadline: plan more or longer sessions.</source>
            <translation>At the pace so far the order cannot be finished by its deadline: plan more or longer sessions.</translation>
        </message>
        <message>
            <source>The plan's review is overdue.</source>
            <translation>The plan's review is overdue.</translation>
        </message>
        <message>
            <source>Reopen case %1?</source>
            <translation>Reopen case %1?</translation>
        </message>
        <message>
            <source>Seal record</source>
            <translation>Seal record</translation>
        </message>
        <message>
            <source>Sealing hides this child's record from counselors and keeps its identifying details encrypted for supervisors only.
Reason (for example the court's decision and its number):</source>
            <translation>Sealing hides this child's record from counselors and keeps its identifying details encrypted for supervisors only.
Reason (for example the court's decision and its number):</translation>
        </message>
        <message>
            <source>Unseal record</source>
            <translation>Unseal record</translation>
        </message>
        <message>
            <source>Reason for unsealing:</source>
            <translation>Reason for unsealing:</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>New password for {name}</source>
            <translation>New password for {name}</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
    </context>
    <context>
        <name>PlanDecisionDialog</name>
        <message>
            <source>Approve the plan</source>
            <translation>Approve the plan</translation>
        </message>
        <message>
            <source>Revision %1, submitted %2, becomes the case's active plan. A comment for the counselor is optional.</source>
            <translation>Revision %1, submitted %2, becomes the case's active plan. A comment for the counselor is optional.</translation>
        </message>
        <message>
            <source>Return the plan</source>
            <translation>Return the plan</translation>
        </message>
        <message>
            <source>Revision %1, submitted %2, goes back to the counselor as a draft. Say what should change: the counselor reads this.</source>
            <translation>Revision %1, submitted %2, goes back to the counselor as a draft. Say what should change: the counselor reads this.</translation>
        </message>
        <message>
            <source>e.g. well-measured goals; agreed</source>
            <translation>e.g. well-measured goals; agreed</translation>
        </message>
        <message>
            <source>e.g. the schooling goal needs a way to measure it</source>
            <translation>e.g. the schooling goal needs a way to measure it</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Reason for return</source>
            <translation>Reason for return</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>e.g. every two weeks</source>
            <translation>e.g. every two weeks</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <source>Remove goal</source>
            <translation>Remove goal</translation>
        </message>
    </context>
    <context>
        <name>PlanOutcomes</name>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>No decision on your plans yet.</source>
            <translation>No decision on your plans yet.</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>%1 returned the plan of %2 %3 on %4: %5</source>
            <translation>%1 returned the plan of %2 %3 on %4: %5</translation>
        </message>
        <message>
            <source>%1 approved the plan of %2 %3 on %4: %5</source>
            <translation>%1 approved the plan of %2 %3 on %4: %5</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>no comment</translation>
        </message>
    </context>
    <context>
        <name>PlanRevisionBar</name>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Revision %1 – %2</source>
            <translation>Revision %1 – %2</translation>
        </message>
        <message>
            <source>Returned by %1: %2</source>
            <translation>Returned by %1: %2</translation>
        </message>
        <message>
            <source>Approved by %1: %2</source>
            <translation>Approved by %1: %2</translation>
        </message>
        <message>
            <source>No plan yet: write the first one below.</source>
            <translation>No plan yet: write the first one below.</translation>
        </message>
        <message>
            <source>written by %1</source>
            <translation>written by %1</translation>
        </message>
        <message>
            <source>submitted %1</source>
            <translation>submitted %1</translation>
        </message>
        <message>
            <source>approved by %1 on %2</source>
            <translation>approved by %1 on %2</translation>
        </message>
        <message>
            <source>returned by %1 on %2</source>
            <translation>returned by %1 on %2</translation>
        </message>
        <message>
            <source>earlier revision, read only</source>
            <translation>earlier revision, read only</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkflowBar</name>
        <message>
            <source>Create plan</source>
            <translation>Create plan</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>New plan</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Approve…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Return…</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>Return to draft</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Start review</translation>
        </message>
        <message>
            <source>End review…</source>
            <translation>End review…</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>Complete…</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Revise</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>End review</source>
            <translation>End review</translation>
        </message>
        <message>
            <source>The plan stays as it is. When is the next review?</source>
            <translation>The plan stays as it is. When is the next review?</translation>
        </message>
        <message>
            <source>Complete the plan</source>
            <translation>Complete the plan</translation>
        </message>
        <message>
            <source>Mark this plan as completed? It can no longer be revised.</source>
            <translation>Mark this plan as completed? It can no longer be revised.</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>The printer could not be used. Nothing was printed.</source>
            <translation>The printer could not be used. Nothing was printed.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be written. Choose another folder.</source>
            <translation>The file could not be written. Choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Save profile</source>
            <translation>Save profile</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Lives with the minor</source>
            <translation>Lives with the minor</translation>
        </message>
        <message>
            <source>Works where</source>
            <translation>Works where</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Add guardian…</source>
            <translation>Add guardian…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>Given by</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Record consent…</source>
            <translation>Record consent…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>The minor</source>
            <translation>The minor</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>primary contact</source>
            <translation>primary contact</translation>
        </message>
        <message>
            <source>named in the order</source>
            <translation>named in the order</translation>
        </message>
        <message>
            <source>%1 is under 14 and no guardian's consent is on record. Record the guardian's consent before guidance begins.</source>
            <translation>%1 is under 14 and no guardian's consent is on record. Record the guardian's consent before guidance begins.</translation>
        </message>
        <message>
            <source>Remove guardian</source>
            <translation>Remove guardian</translation>
        </message>
        <message>
            <source>Remove %1 from the guardians of this minor? Sessions that list them keep their name.</source>
            <translation>Remove %1 from the guardians of this minor? Sessions that list them keep their name.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>This consent has already been withdrawn.</source>
            <translation>This consent has already been withdrawn.</translation>
        </message>
    </context>
    <context>
        <name>RatingsBox</name>
        <message>
            <source>Rating of goal %1</source>
            <translation>Rating of goal %1</translation>
        </message>
        <message>
            <source>The case has no approved plan yet: no goals to rate.</source>
            <translation>The case has no approved plan yet: no goals to rate.</translation>
        </message>
    </context>
    <context>
        <name>ReceivedLettersBox</name>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Look at the letter as the sending center issued it; print it or save it from there</source>
            <translation>Look at the letter as the sending center issued it; print it or save it from there</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Letters issued by %1 before the transfer</source>
            <translation>Letters issued by %1 before the transfer</translation>
        </message>
        <message>
            <source>These letters were issued by %1, not by this center; they came with the case as that center issued them and cannot be reprinted here.</source>
            <translation>These letters were issued by %1, not by this center; they came with the case as that center issued them and cannot be reprinted here.</translation>
        </message>
        <message>
            <source>%1 %2 (issued by %3)</source>
            <translation>%1 %2 (issued by %3)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be written. Choose another folder.</source>
            <translation>The file could not be written. Choose another folder.</translation>
        </message>
        <message>
            <source>Received letters</source>
            <translation>Received letters</translation>
        </message>
    </context>
    <context>
        <name>RecoverPasswordDialog</name>
        <message>
            <source>New administrator password — familyedu</source>
            <translation>New administrator password — familyedu</translation>
        </message>
        <message>
            <source>Type the code from the recovery sheet made when familyedu was set up (or made later by an administrator), and a new password for the administrator.</source>
            <translation>Type the code from the recovery sheet made when familyedu was set up (or made later by an administrator), and a new password for the administrator.</translation>
        </message>
        <message>
            <source>Administrator's user name</source>
            <translation>Administrator's user name</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
        <message>
            <source>Set the new password</source>
            <translation>Set the new password</translation>
        </message>
        <message>
            <source>The recovery code is not right. Nothing was changed.</source>
            <translation>The recovery code is not right. Nothing was changed.</translation>
        </message>
        <message>
            <source>Too many wrong recovery codes. Try again in {n} seconds.</source>
            <translation>Too many wrong recovery codes. Try again in {n} seconds.</translation>
        </message>
        <message>
            <source>{user} is not an active administrator of this database. Nothing was changed.</source>
            <translation>{user} is not an active administrator of this database. Nothing was changed.</translation>
        </message>
        <message>
            <source>This database has no recovery code, so the password cannot be replaced this way. Another administrator can reset it.</source>
            <translation>This database has no recovery code, so the password cannot be replaced this way. Another administrator can reset it.</translation>
        </message>
        <message>
            <source>This database has no key file and so no recovery code. Another administrator resets the password in Administration; without one, the database server's administrator does.</source>
            <translation>This database has no key file and so no recovery code. Another administrator resets the password in Administration; without one, the database server's administrator does.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Recovery code — familyedu</source>
            <translation>Recovery code — familyedu</translation>
        </message>
        <message>
            <source>This code replaces a forgotten administrator password. It is shown only now. Save or print the recovery sheet and lock it away; delete any saved copy once it is printed. Whoever holds it and a copy of the database can read everything. If the administrator's password and this code are both lost, the data is lost.</source>
            <translation>This code replaces a forgotten administrator password. It is shown only now. Save or print the recovery sheet and lock it away; delete any saved copy once it is printed. Whoever holds it and a copy of the database can read everything. If the administrator's password and this code are both lost, the data is lost.</translation>
        </message>
        <message>
            <source>I have written the code down</source>
            <translation>I have written the code down</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Recovery sheet saved to {path}. Print it, lock it away and delete the file.</source>
            <translation>Recovery sheet saved to {path}. Print it, lock it away and delete the file.</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Save the recovery sheet</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <source>Recovery sheet sent to the printer.</source>
            <translation>Recovery sheet sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Edit mandatory report</source>
            <translation>Edit mandatory report</translation>
        </message>
        <message>
            <source>Add mandatory report</source>
            <translation>Add mandatory report</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>Reported on</source>
            <translation>Reported on</translation>
        </message>
        <message>
            <source>Suspected harm</source>
            <translation>Suspected harm</translation>
        </message>
        <message>
            <source>Police station</source>
            <translation>Police station</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Add report…</source>
            <translation>Add report…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Suspected harm to a minor must be reported to public security. Log each report, its receipt number and what followed.</source>
            <translation>Suspected harm to a minor must be reported to public security. Log each report, its receipt number and what followed.</translation>
        </message>
    </context>
    <context>
        <name>Saving</name>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>You have changes that are not saved yet. Save them before closing?</source>
            <translation>You have changes that are not saved yet. Save them before closing?</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator.</source>
            <translation>This account is disabled. Ask your administrator.</translation>
        </message>
        <message>
            <source>The user name or the password is not right.</source>
            <translation>The user name or the password is not right.</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password before doing anything else.</source>
            <translation>Your password was reset. Choose a new password before doing anything else.</translation>
        </message>
        <message>
            <source>Your account was changed by the administrator. Sign in again.</source>
            <translation>Your account was changed by the administrator. Sign in again.</translation>
        </message>
        <message>
            <source>You could not be signed in.</source>
            <translation>You could not be signed in.</translation>
        </message>
        <message>
            <source>This database was brought up to date by familyedu {version}, newer than this familyedu ({ours}). Use familyedu {version} or newer to open it; it has not been changed.</source>
            <translation>This database was brought up to date by familyedu {version}, newer than this familyedu ({ours}). Use familyedu {version} or newer to open it; it has not been changed.</translation>
        </message>
        <message>
            <source>This database was last used by a newer version of familyedu. Install the newer version to open it; it has not been changed.</source>
            <translation>This database was last used by a newer version of familyedu. Install the newer version to open it; it has not been changed.</translation>
        </message>
        <message>
            <source>The database file is on a network share ({kind}). Over the network, SQLite's file locking does not work, and desks sharing one file corrupt it, so familyedu does not open it there. Keep the file on this computer's own disk; for several desks, set up a PostgreSQL server (user guide: Several desks).</source>
            <translation>The database file is on a network share ({kind}). Over the network, SQLite's file locking does not work, and desks sharing one file corrupt it, so familyedu does not open it there. Keep the file on this computer's own disk; for several desks, set up a PostgreSQL server (user guide: Several desks).</translation>
        </message>
        <message>
            <source>The database cannot be used right now.</source>
            <translation>The database cannot be used right now.</translation>
        </message>
        <message>
            <source>This file is not a familyedu database, or it is damaged.</source>
            <translation>This file is not a familyedu database, or it is damaged.</translation>
        </message>
        <message>
            <source>The key file beside the database is missing or damaged, so the database cannot be unlocked. Restore it from a backup.</source>
            <translation>The key file beside the database is missing or damaged, so the database cannot be unlocked. Restore it from a backup.</translation>
        </message>
        <message>
            <source>The database could not be brought up to date. Nothing was changed; a copy was kept beside it.</source>
            <translation>The database could not be brought up to date. Nothing was changed; a copy was kept beside it.</translation>
        </message>
        <message>
            <source>A database in memory cannot be used; choose a file.</source>
            <translation>A database in memory cannot be used; choose a file.</translation>
        </message>
        <message>
            <source>The database could not be unlocked with this password.</source>
            <translation>The database could not be unlocked with this password.</translation>
        </message>
        <message>
            <source>The key file does not belong to this database.</source>
            <translation>The key file does not belong to this database.</translation>
        </message>
        <message>
            <source>The key file was written by a newer version of familyedu.</source>
            <translation>The key file was written by a newer version of familyedu.</translation>
        </message>
        <message>
            <source>The database is locked: sign in first.</source>
            <translation>The database is locked: sign in first.</translation>
        </message>
        <message>
            <source>This database file is not encrypted; familyedu refuses to keep children's data in a plain file.</source>
            <translation>This database file is not encrypted; familyedu refuses to keep children's data in a plain file.</translation>
        </message>
        <message>
            <source>This database has already been set up. Sign in instead.</source>
            <translation>This database has already been set up. Sign in instead.</translation>
        </message>
        <message>
            <source>The database is busy in another program. Try again in a moment.</source>
            <translation>The database is busy in another program. Try again in a moment.</translation>
        </message>
        <message>
            <source>The database cannot be written to. Check the file's permissions or the disk.</source>
            <translation>The database cannot be written to. Check the file's permissions or the disk.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation>The disk is full. Free some space and try again.</translation>
        </message>
        <message>
            <source>The database file or its folder was not found. Is a removable disk or network drive missing?</source>
            <translation>The database file or its folder was not found. Is a removable disk or network drive missing?</translation>
        </message>
        <message>
            <source>The disk could not be read or written. Check the disk and try again.</source>
            <translation>The disk could not be read or written. Check the disk and try again.</translation>
        </message>
        <message>
            <source>The database server cannot be reached. Check the network and try again.</source>
            <translation>The database server cannot be reached. Check the network and try again.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Nothing of the last action was saved; try again.</source>
            <translation>The connection to the database server was lost. Nothing of the last action was saved; try again.</translation>
        </message>
        <message>
            <source>The connection to the database was lost. Try again.</source>
            <translation>The connection to the database was lost. Try again.</translation>
        </message>
        <message>
            <source>The database is busy or cannot be reached. Nothing was saved; try again.</source>
            <translation>The database is busy or cannot be reached. Nothing was saved; try again.</translation>
        </message>
        <message>
            <source>The database refused the change. Nothing was saved.</source>
            <translation>The database refused the change. Nothing was saved.</translation>
        </message>
        <message>
            <source>You are not allowed to do this. The attempt was recorded.</source>
            <translation>You are not allowed to do this. The attempt was recorded.</translation>
        </message>
        <message>
            <source>Someone else changed this record after you opened it. Reload it to see their changes, then apply yours again.</source>
            <translation>Someone else changed this record after you opened it. Reload it to see their changes, then apply yours again.</translation>
        </message>
        <message>
            <source>This record no longer exists. It may have been removed by someone else.</source>
            <translation>This record no longer exists. It may have been removed by someone else.</translation>
        </message>
        <message numerus="yes">
            <source>%n registered minor(s) may be the same person.</source>
            <translation>
                <numerusform>%n registered minor may be the same person.</numerusform>
                <numerusform>%n registered minors may be the same person.</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is the center's database or its key file. Choose another file name; nothing was written.</source>
            <translation>This file is the center's database or its key file. Choose another file name; nothing was written.</translation>
        </message>
        <message>
            <source>The action could not be completed.</source>
            <translation>The action could not be completed.</translation>
        </message>
        <message>
            <source>The computer ran out of memory.</source>
            <translation>The computer ran out of memory.</translation>
        </message>
        <message>
            <source>A component of familyedu is missing: {name}. Install familyedu again (or ask whoever installed it); your data is not affected.</source>
            <translation>A component of familyedu is missing: {name}. Install familyedu again (or ask whoever installed it); your data is not affected.</translation>
        </message>
        <message>
            <source>A file familyedu needs was not found: {name}. Install familyedu again (or ask whoever installed it); your data is not affected.</source>
            <translation>A file familyedu needs was not found: {name}. Install familyedu again (or ask whoever installed it); your data is not affected.</translation>
        </message>
        <message>
            <source>A file could not be read or written.</source>
            <translation>A file could not be read or written.</translation>
        </message>
        <message>
            <source>Something went wrong. What you typed is still there; the problem was written to the log.</source>
            <translation>Something went wrong. What you typed is still there; the problem was written to the log.</translation>
        </message>
    </context>
    <context>
        <name>SessionControl</name>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>Signed in: {name} ({role})</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Database: {name}</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Your password was changed.</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Edit session</source>
            <translation>Edit session</translation>
        </message>
        <message>
            <source>Log session</source>
            <translation>Log session</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Only for the center; never printed.</source>
            <translation>Only for the center; never printed.</translation>
        </message>
        <message>
            <source>May be shared with the family.</source>
            <translation>May be shared with the family.</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>These notes are encrypted for a key you do not hold yet; they are kept as they are. A supervisor's next sign-in gives you the key.</source>
            <translation>These notes are encrypted for a key you do not hold yet; they are kept as they are. A supervisor's next sign-in gives you the key.</translation>
        </message>
        <message>
            <source>Overlapping sessions</source>
            <translation>Overlapping sessions</translation>
        </message>
        <message>
            <source>This case already has a session on %1 from %2 to %3, which overlaps this one. Save this session anyway?</source>
            <translation>This case already has a session on %1 from %2 to %3, which overlaps this one. Save this session anyway?</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Who came</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>Log session…</translation>
        </message>
        <message>
            <source>Log a session (Ctrl+L)</source>
            <translation>Log a session (Ctrl+L)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>No-show followed up</source>
            <translation>No-show followed up</translation>
        </message>
        <message>
            <source>The family was contacted after the missed session; it leaves the dashboard.</source>
            <translation>The family was contacted after the missed session; it leaves the dashboard.</translation>
        </message>
        <message>
            <source>%1 (before the transfer)</source>
            <translation>%1 (before the transfer)</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>followed up</source>
            <translation>followed up</translation>
        </message>
        <message>
            <source>to follow up</source>
            <translation>to follow up</translation>
        </message>
        <message>
            <source>Sessions held: %1 · Hours: %2</source>
            <translation>Sessions held: %1 · Hours: %2</translation>
        </message>
        <message>
            <source>No-shows: %1</source>
            <translation>No-shows: %1</translation>
        </message>
        <message numerus="yes">
            <source>(%n to follow up)</source>
            <translation>
                <numerusform>(%n to follow up)</numerusform>
                <numerusform>(%n to follow up)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up familyedu</source>
            <translation>Set up familyedu</translation>
        </message>
        <message>
            <source>This is the first start. Name your center and create the administrator's account. The administrator then creates accounts for counselors and supervisors.</source>
            <translation>This is the first start. Name your center and create the administrator's account. The administrator then creates accounts for counselors and supervisors.</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>Center name</translation>
        </message>
        <message>
            <source>Center's phone (printed on letters)</source>
            <translation>Center's phone (printed on letters)</translation>
        </message>
        <message>
            <source>Center's address (printed on letters)</source>
            <translation>Center's address (printed on letters)</translation>
        </message>
        <message>
            <source>Administrator's user name</source>
            <translation>Administrator's user name</translation>
        </message>
        <message>
            <source>Administrator's full name</source>
            <translation>Administrator's full name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>ShellMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <source>&amp;Import a register…</source>
            <translation>&amp;Import a register…</translation>
        </message>
        <message>
            <source>&amp;Receive a transferred case…</source>
            <translation>&amp;Receive a transferred case…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>&amp;Close case</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>Change my &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Lock the screen</source>
            <translation>&amp;Lock the screen</translation>
        </message>
        <message>
            <source>Sign &amp;out / switch user…</source>
            <translation>Sign &amp;out / switch user…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Find a case</source>
            <translation>&amp;Find a case</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>The new language is used from the next start.</translation>
        </message>
        <message>
            <source>&amp;Shared desk: do not fill in the last user's name</source>
            <translation>&amp;Shared desk: do not fill in the last user's name</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Text size</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;About familyedu</source>
            <translation>&amp;About familyedu</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — familyedu</source>
            <translation>Sign in — familyedu</translation>
        </message>
        <message>
            <source>Family education guidance</source>
            <translation>Family education guidance</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Forgot the administrator password?</source>
            <translation>Forgot the administrator password?</translation>
        </message>
        <message>
            <source>The database is still opening. Try again in a moment.</source>
            <translation>The database is still opening. Try again in a moment.</translation>
        </message>
        <message>
            <source>This database has no key file and so no recovery code. Another administrator resets the password in Administration; without one, the database server's administrator does.</source>
            <translation>This database has no key file and so no recovery code. Another administrator resets the password in Administration; without one, the database server's administrator does.</translation>
        </message>
        <message>
            <source>The administrator's password was replaced. Sign in with the new password.</source>
            <translation>The administrator's password was replaced. Sign in with the new password.</translation>
        </message>
    </context>
    <context>
        <name>StaleDialog</name>
        <message>
            <source>(unchanged)</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <source>Someone else changed this record</source>
            <translation>Someone else changed this record</translation>
        </message>
        <message>
            <source>While you were editing, someone else saved this record. Your edit has not been saved yet. Their changes and yours:</source>
            <translation>While you were editing, someone else saved this record. Your edit has not been saved yet. Their changes and yours:</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>When you opened it</translation>
        </message>
        <message>
            <source>Saved by the other person</source>
            <translation>Saved by the other person</translation>
        </message>
        <message>
            <source>Your edit</source>
            <translation>Your edit</translation>
        </message>
        <message>
            <source>The changes are not in the fields of this form.</source>
            <translation>The changes are not in the fields of this form.</translation>
        </message>
        <message>
            <source>Re-apply loads their version and puts your changed fields on top of it, then saves. Reload shows their version and drops your edit.</source>
            <translation>Re-apply loads their version and puts your changed fields on top of it, then saves. Reload shows their version and drops your edit.</translation>
        </message>
        <message>
            <source>Re-apply my edit</source>
            <translation>Re-apply my edit</translation>
        </message>
        <message>
            <source>Reload (discard my edit)</source>
            <translation>Reload (discard my edit)</translation>
        </message>
    </context>
    <context>
        <name>StatisticsDialog</name>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>e.g. the county women's federation</source>
            <translation>e.g. the county women's federation</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
    </context>
    <context>
        <name>TextSize</name>
        <message>
            <source>&amp;Standard</source>
            <translation>&amp;Standard</translation>
        </message>
        <message>
            <source>&amp;Larger</source>
            <translation>&amp;Larger</translation>
        </message>
        <message>
            <source>L&amp;argest</source>
            <translation>L&amp;argest</translation>
        </message>
    </context>
    <context>
        <name>TransferInDialog</name>
        <message>
            <source>Receive a transferred case</source>
            <translation>Receive a transferred case</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>&amp;Read the file</source>
            <translation>&amp;Read the file</translation>
        </message>
        <message>
            <source>Transfer file:</source>
            <translation>Transfer file:</translation>
        </message>
        <message>
            <source>Transfer password:</source>
            <translation>Transfer password:</translation>
        </message>
        <message>
            <source>I checked: this is not the child already registered here</source>
            <translation>I checked: this is not the child already registered here</translation>
        </message>
        <message>
            <source>Receive the case</source>
            <translation>Receive the case</translation>
        </message>
        <message>
            <source>Case goes to:</source>
            <translation>Case goes to:</translation>
        </message>
        <message>
            <source>Choose the file the sending center gave you and type the password they told you by another channel. Its summary is shown first: nothing is written until you press Receive the case.</source>
            <translation>Choose the file the sending center gave you and type the password they told you by another channel. Its summary is shown first: nothing is written until you press Receive the case.</translation>
        </message>
        <message>
            <source>Choose the transfer file</source>
            <translation>Choose the transfer file</translation>
        </message>
        <message>
            <source>Transfer files (*{suffix})</source>
            <translation>Transfer files (*{suffix})</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <source>{done} of {required} hours</source>
            <translation>{done} of {required} hours</translation>
        </message>
        <message>
            <source>{done} hours</source>
            <translation>{done} hours</translation>
        </message>
        <message>
            <source>From {center} (their case {number}), sent {when} by {who}.</source>
            <translation>From {center} (their case {number}), sent {when} by {who}.</translation>
        </message>
        <message>
            <source>{name}, born {born}; order: {order}, {hours}.</source>
            <translation>{name}, born {born}; order: {order}, {hours}.</translation>
        </message>
        <message>
            <source>{guardians} guardian(s), {plans} plan revision(s), {sessions} session(s), {reports} mandatory report(s), {letters} letter(s).</source>
            <translation>{guardians} guardian(s), {plans} plan revision(s), {sessions} session(s), {reports} mandatory report(s), {letters} letter(s).</translation>
        </message>
        <message>
            <source>This is a sealed record.</source>
            <translation>This is a sealed record.</translation>
        </message>
        <message>
            <source>This child's ID number is registered here already (case {number}): the file cannot be received.</source>
            <translation>This child's ID number is registered here already (case {number}): the file cannot be received.</translation>
        </message>
        <message>
            <source>Possibly registered here already: {name}, born {born}.</source>
            <translation>Possibly registered here already: {name}, born {born}.</translation>
        </message>
        <message>
            <source>Check the possible duplicates first, then tick the box.</source>
            <translation>Check the possible duplicates first, then tick the box.</translation>
        </message>
    </context>
    <context>
        <name>TransferOutDialog</name>
        <message>
            <source>Transfer to another center</source>
            <translation>Transfer to another center</translation>
        </message>
        <message>
            <source>The case of {name} ({number}) is written, with its history and issued letters, into one encrypted file for the receiving center, and closed here as transferred. Give the password to the receiving center by another channel (telephone), never with the file.</source>
            <translation>The case of {name} ({number}) is written, with its history and issued letters, into one encrypted file for the receiving center, and closed here as transferred. Give the password to the receiving center by another channel (telephone), never with the file.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Receiving center:</source>
            <translation>Receiving center:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Transfer password:</source>
            <translation>Transfer password:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Password again:</translation>
        </message>
        <message>
            <source>Why a sealed record is transferred:</source>
            <translation>Why a sealed record is transferred:</translation>
        </message>
        <message>
            <source>Transfer and close the case</source>
            <translation>Transfer and close the case</translation>
        </message>
        <message>
            <source>Save the transfer file</source>
            <translation>Save the transfer file</translation>
        </message>
        <message>
            <source>Transfer files (*{suffix})</source>
            <translation>Transfer files (*{suffix})</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>Choose a file in an existing folder.</source>
            <translation>Choose a file in an existing folder.</translation>
        </message>
        <message>
            <source>This file exists already: choose another name.</source>
            <translation>This file exists already: choose another name.</translation>
        </message>
        <message>
            <source>The case was written to {file} and is closed here as transferred to {center}. Check value for the receiving center: {digest}</source>
            <translation>The case was written to {file} and is closed here as transferred to {center}. Check value for the receiving center: {digest}</translation>
        </message>
        <message>
            <source>Receiving center</source>
            <translation>Receiving center</translation>
        </message>
        <message>
            <source>Transfer password</source>
            <translation>Transfer password</translation>
        </message>
        <message>
            <source>Why a sealed record is transferred</source>
            <translation>Why a sealed record is transferred</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>familyedu is locked</source>
            <translation>familyedu is locked</translation>
        </message>
        <message>
            <source>The screen is locked. Enter the password of {user} to go on; everything you had open is still there.</source>
            <translation>The screen is locked. Enter the password of {user} to go on; everything you had open is still there.</translation>
        </message>
        <message>
            <source>The screen was locked after a time without use. Enter the password of {user} to go on; everything you had open is still there.</source>
            <translation>The screen was locked after a time without use. Enter the password of {user} to go on; everything you had open is still there.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>New account…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This date is in the future.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <source>The order's deadline cannot be before the case was opened.</source>
            <translation>The order's deadline cannot be before the case was opened.</translation>
        </message>
        <message>
            <source>An order needs the hours or the sessions it requires.</source>
            <translation>An order needs the hours or the sessions it requires.</translation>
        </message>
        <message>
            <source>An order needs a deadline.</source>
            <translation>An order needs a deadline.</translation>
        </message>
        <message>
            <source>Choose an active counselor or supervisor of this center.</source>
            <translation>Choose an active counselor or supervisor of this center.</translation>
        </message>
        <message>
            <source>Sessions were logged before this date.</source>
            <translation>Sessions were logged before this date.</translation>
        </message>
        <message>
            <source>This case is already closed.</source>
            <translation>This case is already closed.</translation>
        </message>
        <message>
            <source>A case cannot close before it was opened.</source>
            <translation>A case cannot close before it was opened.</translation>
        </message>
        <message>
            <source>A case cannot close before its last session ({date}).</source>
            <translation>A case cannot close before its last session ({date}).</translation>
        </message>
        <message>
            <source>The order is not fulfilled yet: the hours or sessions it requires are not all done.</source>
            <translation>The order is not fulfilled yet: the hours or sessions it requires are not all done.</translation>
        </message>
        <message>
            <source>This case is already open.</source>
            <translation>This case is already open.</translation>
        </message>
        <message>
            <source>This record is sealed: state why you open it.</source>
            <translation>This record is sealed: state why you open it.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Please choose one of the listed values.</source>
            <translation>Please choose one of the listed values.</translation>
        </message>
        <message>
            <source>The logo must be a PNG picture.</source>
            <translation>The logo must be a PNG picture.</translation>
        </message>
        <message>
            <source>The logo is too large: at most {max} KB.</source>
            <translation>The logo is too large: at most {max} KB.</translation>
        </message>
        <message>
            <source>A postcode has six digits.</source>
            <translation>A postcode has six digits.</translation>
        </message>
        <message>
            <source>You do not hold the key of the sealed records yet: it is given to you at the next sign-in of another supervisor.</source>
            <translation>You do not hold the key of the sealed records yet: it is given to you at the next sign-in of another supervisor.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>The date of birth is in the future.</translation>
        </message>
        <message>
            <source>familyedu keeps records of minors: this person is 18 or older.</source>
            <translation>familyedu keeps records of minors: this person is 18 or older.</translation>
        </message>
        <message>
            <source>The birth date in this ID number ({id_date}) differs from the date of birth entered.</source>
            <translation>The birth date in this ID number ({id_date}) differs from the date of birth entered.</translation>
        </message>
        <message>
            <source>The gender digit of this ID number differs from the gender entered.</source>
            <translation>The gender digit of this ID number differs from the gender entered.</translation>
        </message>
        <message>
            <source>A possible duplicate exists: ask your supervisor.</source>
            <translation>A possible duplicate exists: ask your supervisor.</translation>
        </message>
        <message>
            <source>This ID number is already registered (case {case_number}); open that record instead.</source>
            <translation>This ID number is already registered (case {case_number}); open that record instead.</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is a draft.</source>
            <translation>This step is not possible while the plan is a draft.</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is awaiting approval.</source>
            <translation>This step is not possible while the plan is awaiting approval.</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is active.</source>
            <translation>This step is not possible while the plan is active.</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is under review.</source>
            <translation>This step is not possible while the plan is under review.</translation>
        </message>
        <message>
            <source>This step is not possible now that the plan is completed.</source>
            <translation>This step is not possible now that the plan is completed.</translation>
        </message>
        <message>
            <source>This step is not possible now that the plan has been superseded.</source>
            <translation>This step is not possible now that the plan has been superseded.</translation>
        </message>
        <message>
            <source>Say why the plan is returned: the counselor reads this comment.</source>
            <translation>Say why the plan is returned: the counselor reads this comment.</translation>
        </message>
        <message>
            <source>The plan's end cannot be before its start.</source>
            <translation>The plan's end cannot be before its start.</translation>
        </message>
        <message>
            <source>The review date cannot be before the plan starts.</source>
            <translation>The review date cannot be before the plan starts.</translation>
        </message>
        <message>
            <source>A goal that a session has rated cannot be removed; reword it instead.</source>
            <translation>A goal that a session has rated cannot be removed; reword it instead.</translation>
        </message>
        <message>
            <source>This case already has a plan: revise it instead.</source>
            <translation>This case already has a plan: revise it instead.</translation>
        </message>
        <message>
            <source>Only a draft can be edited; revise an approved plan.</source>
            <translation>Only a draft can be edited; revise an approved plan.</translation>
        </message>
        <message>
            <source>A plan needs at least one goal before approval.</source>
            <translation>A plan needs at least one goal before approval.</translation>
        </message>
        <message>
            <source>A plan needs a review date before approval.</source>
            <translation>A plan needs a review date before approval.</translation>
        </message>
        <message>
            <source>The next review must be after today.</source>
            <translation>The next review must be after today.</translation>
        </message>
        <message>
            <source>Only an approved plan is revised.</source>
            <translation>Only an approved plan is revised.</translation>
        </message>
        <message>
            <source>A revision of this plan is already being drafted.</source>
            <translation>A revision of this plan is already being drafted.</translation>
        </message>
        <message>
            <source>“{value}” is not in the list: map it to an entry or add it.</source>
            <translation>“{value}” is not in the list: map it to an entry or add it.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the listed values.</source>
            <translation>“{value}” is not one of the listed values.</translation>
        </message>
        <message>
            <source>No case of the register has this number or ID number.</source>
            <translation>No case of the register has this number or ID number.</translation>
        </message>
        <message>
            <source>Its case is not imported.</source>
            <translation>Its case is not imported.</translation>
        </message>
        <message>
            <source>A session cannot be before the case was opened ({date}).</source>
            <translation>A session cannot be before the case was opened ({date}).</translation>
        </message>
        <message>
            <source>The period cannot end before it starts.</source>
            <translation>The period cannot end before it starts.</translation>
        </message>
        <message>
            <source>The period starts after today: a letter reports only on what has happened.</source>
            <translation>The period starts after today: a letter reports only on what has happened.</translation>
        </message>
        <message>
            <source>This date is outside the possible range.</source>
            <translation>This date is outside the possible range.</translation>
        </message>
        <message>
            <source>An attended session needs its duration.</source>
            <translation>An attended session needs its duration.</translation>
        </message>
        <message>
            <source>A session cannot be after the case was closed ({date}).</source>
            <translation>A session cannot be after the case was closed ({date}).</translation>
        </message>
        <message>
            <source>The next appointment cannot be before this session.</source>
            <translation>The next appointment cannot be before this session.</translation>
        </message>
        <message>
            <source>Only this minor's guardians can be listed as attending.</source>
            <translation>Only this minor's guardians can be listed as attending.</translation>
        </message>
        <message>
            <source>A rated goal is not a goal of this case's plan.</source>
            <translation>A rated goal is not a goal of this case's plan.</translation>
        </message>
        <message>
            <source>Must be between {low} and {high}.</source>
            <translation>Must be between {low} and {high}.</translation>
        </message>
        <message>
            <source>Goals are rated only for a session that took place.</source>
            <translation>Goals are rated only for a session that took place.</translation>
        </message>
        <message>
            <source>Only a no-show needs a follow-up.</source>
            <translation>Only a no-show needs a follow-up.</translation>
        </message>
        <message>
            <source>A password needs at least {n} characters.</source>
            <translation>A password needs at least {n} characters.</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes or underscores.</source>
            <translation>Use letters, digits, dots, dashes or underscores.</translation>
        </message>
        <message>
            <source>This database already has accounts.</source>
            <translation>This database already has accounts.</translation>
        </message>
        <message>
            <source>This user name is taken.</source>
            <translation>This user name is taken.</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>The current password is not right.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>Too long: at most {max} characters (now {length}).</source>
            <translation>Too long: at most {max} characters (now {length}).</translation>
        </message>
        <message>
            <source>A name cannot contain digits or line breaks.</source>
            <translation>A name cannot contain digits or line breaks.</translation>
        </message>
        <message>
            <source>A resident ID number has 18 characters.</source>
            <translation>A resident ID number has 18 characters.</translation>
        </message>
        <message>
            <source>The check digit of this resident ID number is wrong; please re-check it.</source>
            <translation>The check digit of this resident ID number is wrong; please re-check it.</translation>
        </message>
        <message>
            <source>A resident ID number is 17 digits followed by a digit or X.</source>
            <translation>A resident ID number is 17 digits followed by a digit or X.</translation>
        </message>
        <message>
            <source>This resident ID number holds an impossible birth date.</source>
            <translation>This resident ID number holds an impossible birth date.</translation>
        </message>
        <message>
            <source>Not a phone number: use an 11-digit mobile number or a landline with its area code, e.g. 0851-12345678.</source>
            <translation>Not a phone number: use an 11-digit mobile number or a landline with its area code, e.g. 0851-12345678.</translation>
        </message>
        <message>
            <source>This date cannot be before {other} ({date}).</source>
            <translation>This date cannot be before {other} ({date}).</translation>
        </message>
        <message>
            <source>Export to a file ending in .xlsx or .csv.</source>
            <translation>Export to a file ending in .xlsx or .csv.</translation>
        </message>
        <message>
            <source>A full export names children: give it a password.</source>
            <translation>A full export names children: give it a password.</translation>
        </message>
        <message>
            <source>This letter is about an order, and this case has none.</source>
            <translation>This letter is about an order, and this case has none.</translation>
        </message>
        <message>
            <source>A letter to the guardians is about guidance that goes on, and this case is closed: issue a completion report instead.</source>
            <translation>A letter to the guardians is about guidance that goes on, and this case is closed: issue a completion report instead.</translation>
        </message>
        <message>
            <source>This case has no guardian on record to write to: add one on the minor's page first.</source>
            <translation>This case has no guardian on record to write to: add one on the minor's page first.</translation>
        </message>
        <message>
            <source>A guidance plan is printed for signature while the case is open; for a closed case, issue the completion report.</source>
            <translation>A guidance plan is printed for signature while the case is open; for a closed case, issue the completion report.</translation>
        </message>
        <message>
            <source>This case has no guidance plan yet.</source>
            <translation>This case has no guidance plan yet.</translation>
        </message>
        <message>
            <source>The plan needs a review date before it is printed.</source>
            <translation>The plan needs a review date before it is printed.</translation>
        </message>
        <message>
            <source>A completion report is only for a closed case: close the case first.</source>
            <translation>A completion report is only for a closed case: close the case first.</translation>
        </message>
        <message>
            <source>A notice is only for an open case; this case is closed.</source>
            <translation>A notice is only for an open case; this case is closed.</translation>
        </message>
        <message>
            <source>The order of this case is fulfilled: there is nothing to remind the guardians of.</source>
            <translation>The order of this case is fulfilled: there is nothing to remind the guardians of.</translation>
        </message>
        <message>
            <source>The guardians are keeping up with the order (no session missed, as much done as a steady pace to the deadline needs by now): a notice is for guardians who fall behind.</source>
            <translation>The guardians are keeping up with the order (no session missed, as much done as a steady pace to the deadline needs by now): a notice is for guardians who fall behind.</translation>
        </message>
        <message>
            <source>A notice of non-compliance follows a reminder: issue a reminder first.</source>
            <translation>A notice of non-compliance follows a reminder: issue a reminder first.</translation>
        </message>
        <message>
            <source>The reminder asked the guardians to reply by {date}: a notice of non-compliance can follow only after that day.</source>
            <translation>The reminder asked the guardians to reply by {date}: a notice of non-compliance can follow only after that day.</translation>
        </message>
        <message>
            <source>The center's phone number is missing: enter it in Administration (Center) before printing letters.</source>
            <translation>The center's phone number is missing: enter it in Administration (Center) before printing letters.</translation>
        </message>
        <message>
            <source>The center's address is missing: enter it in Administration (Center) before printing letters.</source>
            <translation>The center's address is missing: enter it in Administration (Center) before printing letters.</translation>
        </message>
        <message>
            <source>The period ends before the case was opened ({date}): there is no guidance to report on.</source>
            <translation>The period ends before the case was opened ({date}): there is no guidance to report on.</translation>
        </message>
        <message>
            <source>The period starts after the case was closed ({date}): there is no guidance to report on.</source>
            <translation>The period starts after the case was closed ({date}): there is no guidance to report on.</translation>
        </message>
        <message>
            <source>A brace in the entry {key} is not paired (at character {position}).</source>
            <translation>A brace in the entry {key} is not paired (at character {position}).</translation>
        </message>
        <message>
            <source>The entry {key} uses the placeholder {placeholder}, which this letter does not know.</source>
            <translation>The entry {key} uses the placeholder {placeholder}, which this letter does not know.</translation>
        </message>
        <message>
            <source>The placeholder {placeholder} in the entry {key} must be a plain name in braces.</source>
            <translation>The placeholder {placeholder} in the entry {key} must be a plain name in braces.</translation>
        </message>
        <message>
            <source>The template lacks the entry {placeholder}.</source>
            <translation>The template lacks the entry {placeholder}.</translation>
        </message>
        <message>
            <source>The template has an entry {placeholder} that this letter does not use.</source>
            <translation>The template has an entry {placeholder} that this letter does not use.</translation>
        </message>
        <message>
            <source>The template is not valid TOML: {detail}</source>
            <translation>The template is not valid TOML: {detail}</translation>
        </message>
        <message>
            <source>The entry {placeholder} of the template is not right: {detail}</source>
            <translation>The entry {placeholder} of the template is not right: {detail}</translation>
        </message>
        <message>
            <source>The template says it is for {found}, not for {expected}.</source>
            <translation>The template says it is for {found}, not for {expected}.</translation>
        </message>
        <message>
            <source>The character {char} ({codepoint}) in the entry {placeholder} cannot be printed with the letter fonts.</source>
            <translation>The character {char} ({codepoint}) in the entry {placeholder} cannot be printed with the letter fonts.</translation>
        </message>
        <message>
            <source>The mapping file is not a valid MAP.json.</source>
            <translation>The mapping file is not a valid MAP.json.</translation>
        </message>
        <message>
            <source>The mapping names an unknown field {field} for column {column}.</source>
            <translation>The mapping names an unknown field {field} for column {column}.</translation>
        </message>
        <message>
            <source>The mapping file cannot be read.</source>
            <translation>The mapping file cannot be read.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <source>Only .xlsx and .csv files can be imported.</source>
            <translation>Only .xlsx and .csv files can be imported.</translation>
        </message>
        <message>
            <source>This is not a readable .xlsx workbook.</source>
            <translation>This is not a readable .xlsx workbook.</translation>
        </message>
        <message>
            <source>The file's text is neither UTF-8 nor GB18030.</source>
            <translation>The file's text is neither UTF-8 nor GB18030.</translation>
        </message>
        <message>
            <source>No header row with known columns was found in this file.</source>
            <translation>No header row with known columns was found in this file.</translation>
        </message>
        <message>
            <source>This import was already undone.</source>
            <translation>This import was already undone.</translation>
        </message>
        <message>
            <source>Cases of this import were changed since it ran: it can no longer be undone as a whole.</source>
            <translation>Cases of this import were changed since it ran: it can no longer be undone as a whole.</translation>
        </message>
        <message>
            <source>Not a date: write it like 2015-03-07, 2015/3/7 or 2015年3月7日.</source>
            <translation>Not a date: write it like 2015-03-07, 2015/3/7 or 2015年3月7日.</translation>
        </message>
        <message>
            <source>Not a number.</source>
            <translation>Not a number.</translation>
        </message>
        <message>
            <source>Open the record again before saving: the version you read is missing.</source>
            <translation>Open the record again before saving: the version you read is missing.</translation>
        </message>
        <message>
            <source>This transfer file is damaged or was altered; nothing was written.</source>
            <translation>This transfer file is damaged or was altered; nothing was written.</translation>
        </message>
        <message>
            <source>The transfer password needs at least {min} characters.</source>
            <translation>The transfer password needs at least {min} characters.</translation>
        </message>
        <message>
            <source>This record is sealed: state why it is transferred.</source>
            <translation>This record is sealed: state why it is transferred.</translation>
        </message>
        <message>
            <source>This is not a familyedu transfer file.</source>
            <translation>This is not a familyedu transfer file.</translation>
        </message>
        <message>
            <source>Wrong password, or the file was damaged or altered; nothing was written.</source>
            <translation>Wrong password, or the file was damaged or altered; nothing was written.</translation>
        </message>
        <message>
            <source>No such letter among the transferred ones.</source>
            <translation>No such letter among the transferred ones.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>Only a number goes here: “%1” was not taken.</source>
            <translation>Only a number goes here: “%1” was not taken.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Consent given by %1 on %2 is withdrawn.</source>
            <translation>Consent given by %1 on %2 is withdrawn.</translation>
        </message>
    </context>
    <context>
        <name>WordingPage</name>
        <message>
            <source>the page footer</source>
            <translation>the page footer</translation>
        </message>
        <message>
            <source>each session in the list of what was worked on</source>
            <translation>each session in the list of what was worked on</translation>
        </message>
        <message>
            <source>a session's length in the sessions table</source>
            <translation>a session's length in the sessions table</translation>
        </message>
        <message>
            <source>a guardian's signature line</source>
            <translation>a guardian's signature line</translation>
        </message>
        <message>
            <source>The center's name</source>
            <translation>The center's name</translation>
        </message>
        <message>
            <source>The center's address</source>
            <translation>The center's address</translation>
        </message>
        <message>
            <source>The center's phone number</source>
            <translation>The center's phone number</translation>
        </message>
        <message>
            <source>The letter's reference number</source>
            <translation>The letter's reference number</translation>
        </message>
        <message>
            <source>The day the letter is issued</source>
            <translation>The day the letter is issued</translation>
        </message>
        <message>
            <source>Who the letter is addressed to</source>
            <translation>Who the letter is addressed to</translation>
        </message>
        <message>
            <source>The child's name</source>
            <translation>The child's name</translation>
        </message>
        <message>
            <source>The guardians' names</source>
            <translation>The guardians' names</translation>
        </message>
        <message>
            <source>First day of the period the letter covers</source>
            <translation>First day of the period the letter covers</translation>
        </message>
        <message>
            <source>Last day of the period the letter covers</source>
            <translation>Last day of the period the letter covers</translation>
        </message>
        <message>
            <source>Sessions held in the period</source>
            <translation>Sessions held in the period</translation>
        </message>
        <message>
            <source>Sessions missed</source>
            <translation>Sessions missed</translation>
        </message>
        <message>
            <source>Sessions done</source>
            <translation>Sessions done</translation>
        </message>
        <message>
            <source>Sessions the order requires</source>
            <translation>Sessions the order requires</translation>
        </message>
        <message>
            <source>Hours of guidance done</source>
            <translation>Hours of guidance done</translation>
        </message>
        <message>
            <source>Hours the order requires</source>
            <translation>Hours the order requires</translation>
        </message>
        <message>
            <source>Hours still to do</source>
            <translation>Hours still to do</translation>
        </message>
        <message>
            <source>The counselor's name</source>
            <translation>The counselor's name</translation>
        </message>
        <message>
            <source>The counselor's phone number</source>
            <translation>The counselor's phone number</translation>
        </message>
        <message>
            <source>The supervisor's name</source>
            <translation>The supervisor's name</translation>
        </message>
        <message>
            <source>The next appointment</source>
            <translation>The next appointment</translation>
        </message>
        <message>
            <source>The kind of order</source>
            <translation>The kind of order</translation>
        </message>
        <message>
            <source>The order's number</source>
            <translation>The order's number</translation>
        </message>
        <message>
            <source>The order named in full (kind and number)</source>
            <translation>The order named in full (kind and number)</translation>
        </message>
        <message>
            <source>The day the order was issued</source>
            <translation>The day the order was issued</translation>
        </message>
        <message>
            <source>The order's date as written in a sentence</source>
            <translation>The order's date as written in a sentence</translation>
        </message>
        <message>
            <source>The order's deadline</source>
            <translation>The order's deadline</translation>
        </message>
        <message>
            <source>The deadline as a clause (empty without one)</source>
            <translation>The deadline as a clause (empty without one)</translation>
        </message>
        <message>
            <source>The deadline as a clause, "by …" (empty without one)</source>
            <translation>The deadline as a clause, "by …" (empty without one)</translation>
        </message>
        <message>
            <source>The day by which the family should answer</source>
            <translation>The day by which the family should answer</translation>
        </message>
        <message>
            <source>What the order requires (sessions, hours)</source>
            <translation>What the order requires (sessions, hours)</translation>
        </message>
        <message>
            <source>What is done of the requirement</source>
            <translation>What is done of the requirement</translation>
        </message>
        <message>
            <source>What remains of the requirement</source>
            <translation>What remains of the requirement</translation>
        </message>
        <message>
            <source>The days of the missed sessions</source>
            <translation>The days of the missed sessions</translation>
        </message>
        <message>
            <source>The share of sessions attended</source>
            <translation>The share of sessions attended</translation>
        </message>
        <message>
            <source>Why the case was closed</source>
            <translation>Why the case was closed</translation>
        </message>
        <message>
            <source>How often guidance takes place</source>
            <translation>How often guidance takes place</translation>
        </message>
        <message>
            <source>The plan's first day</source>
            <translation>The plan's first day</translation>
        </message>
        <message>
            <source>The plan's review day</source>
            <translation>The plan's review day</translation>
        </message>
        <message>
            <source>The plan's last day</source>
            <translation>The plan's last day</translation>
        </message>
        <message>
            <source>The plan's version number</source>
            <translation>The plan's version number</translation>
        </message>
        <message>
            <source>Cases open in the period</source>
            <translation>Cases open in the period</translation>
        </message>
        <message>
            <source>Cases opened in the period</source>
            <translation>Cases opened in the period</translation>
        </message>
        <message>
            <source>Cases closed in the period</source>
            <translation>Cases closed in the period</translation>
        </message>
        <message>
            <source>Orders that fell due</source>
            <translation>Orders that fell due</translation>
        </message>
        <message>
            <source>Orders completed on time</source>
            <translation>Orders completed on time</translation>
        </message>
        <message>
            <source>Orders completed late</source>
            <translation>Orders completed late</translation>
        </message>
        <message>
            <source>Orders not completed</source>
            <translation>Orders not completed</translation>
        </message>
        <message>
            <source>The share of orders completed on time</source>
            <translation>The share of orders completed on time</translation>
        </message>
        <message>
            <source>The page number</source>
            <translation>The page number</translation>
        </message>
        <message>
            <source>The number of pages</source>
            <translation>The number of pages</translation>
        </message>
        <message>
            <source>The session's day</source>
            <translation>The session's day</translation>
        </message>
        <message>
            <source>How the session was held</source>
            <translation>How the session was held</translation>
        </message>
        <message>
            <source>The session's summary for the family</source>
            <translation>The session's summary for the family</translation>
        </message>
        <message>
            <source>The session's length in minutes</source>
            <translation>The session's length in minutes</translation>
        </message>
        <message>
            <source>The guardian's name</source>
            <translation>The guardian's name</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Wording of the letter</source>
            <translation>Wording of the letter</translation>
        </message>
        <message>
            <source>Placeholders of this document</source>
            <translation>Placeholders of this document</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>Placeholder</translation>
        </message>
        <message>
            <source>Stands for</source>
            <translation>Stands for</translation>
        </message>
        <message>
            <source>%1 (only in %2)</source>
            <translation>%1 (only in %2)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Reset to the default…</source>
            <translation>Reset to the default…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Placeholders are written {name}; write {{ and }} for a brace. A paragraph of the order letters whose placeholder has nothing to say (no missed sessions, say) is left out.</source>
            <translation>Placeholders are written {name}; write {{ and }} for a brace. A paragraph of the order letters whose placeholder has nothing to say (no missed sessions, say) is left out.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Placeholders of this document (double-click to write one into the text):</source>
            <translation>Placeholders of this document (double-click to write one into the text):</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Reset the wording</source>
            <translation>Reset the wording</translation>
        </message>
        <message>
            <source>Replace this center's wording of the document with the wording shipped with familyedu? Your changes to it will be lost.</source>
            <translation>Replace this center's wording of the document with the wording shipped with familyedu? Your changes to it will be lost.</translation>
        </message>
        <message>
            <source>The default wording is in force.</source>
            <translation>The default wording is in force.</translation>
        </message>
        <message>
            <source>Sample: %1</source>
            <translation>Sample: %1</translation>
        </message>
        <message>
            <source>Unsaved wording</source>
            <translation>Unsaved wording</translation>
        </message>
        <message>
            <source>The wording you edited has not been saved. Save it first?</source>
            <translation>The wording you edited has not been saved. Save it first?</translation>
        </message>
    </context>
    <context>
        <name>_Cover</name>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
</TS>
