<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::AkiValidityRule</name>
    <message>
        <source>&quot;years&quot; must be a whole number of years between 1 and 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report_months&quot; must be a positive number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; and &quot;active_statuses&quot; go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The card is valid for %n year(s) from registration: valid until should be %1.</source>
        <translation>
            <numerusform>The card is valid for %n year from registration: valid until should be %1.</numerusform>
            <numerusform>The card is valid for %n years from registration: valid until should be %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The AK/I card expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::AuditActions</name>
    <message>
        <source>Store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: it was removed from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 holds the entry written as number %2: entries were moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2 but another entry: entries were moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: entry %2 no longer links to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the last audit entry is missing, so entries after entry %1 may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last audit entry (%1) was removed from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last audit entries (%1 to %2) were removed from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries from %1 on were added outside Sinergi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was replaced after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::AuditModel</name>
    <message>
        <source>Entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every log-in, user and key change and setting is recorded here. Entries are chained by hashes, so any later change can be detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in target or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: no entry was changed, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is NOT intact. %n problem(s) found:</source>
        <translation>
            <numerusform>The audit log is NOT intact. %n problem found:</numerusform>
            <numerusform>The audit log is NOT intact. %n problems found:</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now; nobody else should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays readable: only the key slot of your account is re-protected with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::CodeList</name>
    <message>
        <source>Code list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels need both &quot;id&quot; and &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; must say where the codes come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1: &quot;code&quot; must be a non-empty string without spaces around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: needs &quot;label_id&quot; and &quot;label_en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::CodeListRegistry</name>
    <message>
        <source>No code lists (*.json) found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code list %1 version %2 is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ColumnMapping</name>
    <message>
        <source>The profile maps column %1 to %2, which dataset %3 does not have; the column is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 and %2 both map to %3; the first is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::CorrectionsDialog</name>
    <message>
        <source>Corrections for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData rejected the batch because of these records. Nothing of the batch was taken. Correct the records, then build and send a new batch for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open %n %1 record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by SMData (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::CsvExportSink</name>
    <message>
        <source>The CSV delimiter must be &apos;;&apos;, &apos;,&apos; or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text/CSV file: it contains binary data. Choose a CSV export or an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no rows: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file mixes text encodings: the start is UTF-8 but these bytes are not. Save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 characters. This is not a normal export; check the file and the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text/CSV file: it contains NUL bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starts here but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bytes are not UTF-8 text. Choose another encoding (or automatic detection) for the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::DashboardChartView</name>
    <message>
        <source>Click a bar or slice to open its records; right-click to save the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::DashboardData</name>
    <message>
        <source>other / unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active job seekers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancy places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::DashboardPage</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour market dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · computed in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active job seekers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancy places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed of %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seekers placed in the month ÷ job seekers available in it (registered before and still active at the start, plus registered in the month; IPK column A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality (job seekers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid · complete %1 · timely %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity: records without validation errors. Completeness: required fields filled. Timeliness: cards without an overdue report. Whole store, all periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job seekers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seekers registered, placed and removed (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements in %1 by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active job seekers by education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active job seekers by age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active job seekers by kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancy places by KBLI section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::DateOrderRule</name>
    <message>
        <source>&quot;fields&quot; needs at least two date fields (or one with &quot;not_after_today&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;not_after_today&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::Error</name>
    <message>
        <source>The user name or password is wrong. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong. Type it exactly as it was written down, group by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened with this key. Your data has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Sinergi store. Choose the store file (sinergi.db) that was created by Sinergi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged or has been modified outside Sinergi. Nothing was written. Restore it from a backup and contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (sinergi.keys) is damaged or was edited. Restore it from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (sinergi.keys) was modified outside Sinergi and is not trusted. Restore it from a backup and report this to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in use by another Sinergi window or program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost: the last change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi cannot write to this location. Choose a folder you can write to, or ask your administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was not found at this location. Check the store location in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store already exists at this location. Choose another folder or open the existing store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store or library version is not supported by this version of Sinergi. Update Sinergi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed log-ins. This account is locked for a few minutes; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was changed. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing was saved. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change conflicts with an existing record, or the record was changed meanwhile. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ExcelPitfalls</name>
    <message>
        <source>The value %1 is in scientific notation: Excel has cut the number and its last digits are lost. Format the column as Text in Excel, enter the numbers again (or export them from the source system as text) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 was stored by Excel as a number; Excel keeps only 15 digits, so the last digits may be wrong. Format the column as Text in Excel, enter the numbers again and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: every date could be day/month or month/day (both parts are 12 or less). The dates are read as day/month/year; check a few rows, or use yyyy-mm-dd in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 mixes day/month and month/day dates (%2 rows prove day first, %3 prove month first). Correct the column so all dates use one format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ExportColumns</name>
    <message>
        <source>%1 (label)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ExportFile</name>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ExportPiiDialog</name>
    <message>
        <source>Export personal data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contains personal data: %2.&lt;/p&gt;&lt;p&gt;Without it the file holds every other column and can be shared for statistics and planning.&lt;/p&gt;&lt;p&gt;With it, anyone who gets the file can read these people&apos;s personal data outside Sinergi. Keep such a file only as long as needed, never send it by unencrypted e-mail or chat, and delete it afterwards. The export (who, when, which view, how many rows, the file name) is recorded in the audit log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the file will contain personal data and that this export is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;without personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;with personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::FieldEditor</name>
    <message>
        <source>Personal data is hidden for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 081234567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave the date empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::FieldValidator</name>
    <message>
        <source>A value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have between %1 and %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no (true, false, 1 or 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIK has exactly 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Indonesian phone number (+62, 62 or 0, then 9-15 digits in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known region code here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code list %1 %2 is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the code list %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is from version %2 of the code list %3 and no longer in version %4; choose a current code when the record is next edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is from the region list %3 and no longer in %4; choose a current code when the record is next edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::FirstAdminPage</name>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin.disnaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages users, keys and settings. Create personal accounts for the other staff after the set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::FirstRunWizard</name>
    <message>
        <source>Sinergi — first start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ImportFilePage</name>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV or Excel (XLSX) file, the dataset it goes into and, if the file comes from a known system, its mapping profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are matched by their names; you can correct them in the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): there is nothing to import. Export it again from the source system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (XLSX) with %n sheet(s); choose the sheet to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV text · encoding: %1 · delimiter: %2 · %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which column of the file goes into each field. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the source system, e.g. SIKAS Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping for the next file from the same system (shared by the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for the required field(s): %1. Without them every row would be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name needs at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved from the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was saved as profile “%1”. Choose it on the first page for the next file from this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ImportOptionsPage</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is all or nothing: either every accepted row is stored, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records already in Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add new records only; a row whose key is already stored is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update records with the same key (filled cells only), add the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run: check everything and count, but store nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject rows with validation errors (otherwise they are imported and marked for correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: do not write a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with every rejected row and the reason, to correct and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that identifies a record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <comment>file name of the rejected rows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows cannot be written over the file being imported. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to. Choose another place for the rejected rows, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ImportPreview</name>
    <message>
        <source>The natural key (%1) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The natural key (%1) repeats an earlier row of this file; the earlier row is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file as they will be imported. Coloured cells have a problem: point at them to read it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1 good, %2 with warnings, %3 with errors (imported, marked for correction), %4 rejected (not imported).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Excel has damaged some numbers: a NIK or another long number appears as, for example, 3.2E+15, or was stored as a number with only 15 digits. The lost digits cannot be recovered, so these rows are rejected. In Excel, format the column as Text, type or paste the numbers again (or export them from the source system as text), save and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are stored in one step at the end. Cancel undoes everything: the data stays as it was before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the folder of the rejected rows file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the changes are being undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was stored; the data is as before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1 · added: %2 · updated: %3 · rejected: %4 · stored with errors to correct: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled and undone: no row was stored, the data is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was stored. An import would give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::Importer</name>
    <message>
        <source>Unknown dataset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet applies to XLSX workbooks only; %1 is a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”. Sheets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has no header row: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free disk space for this import: about %1 MB are needed next to the store (%2 MB free). Free some space or import the file in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file is mapped to the required field(s) %1 of dataset %2. Map a column to each (or choose another mapping profile) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The natural key (%1) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with this natural key (%1) is already in the store; import in upsert mode to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The natural key (%1) repeats an earlier row of this file; the earlier row is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have more or fewer cells than the header (first at line %1); missing cells were read as empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported because %n row(s) were rejected (strict mode).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::IpkCalculator</name>
    <message>
        <source>other / unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stock counted from the records is %2 but A − B is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the closing stock %2 is not the next period&apos;s opening %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: negative stock (opening %2, closing %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the closing stock %3 is not the next period&apos;s opening %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job seeker(s) not counted: registration date, sex, status or status date missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(ies) not counted: opening date missing, or closed without a closing date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) not counted: placement date or type missing, or the job seeker is not in the store.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::IpkCharts</name>
    <message>
        <source>Job seekers: registered, placed and removed in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seekers registered at the end of the period by education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements by type (AKL / AKAD / AKAN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::IpkColumns</name>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1) Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2) Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A = 1+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(3) Placed / filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(4) Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 3+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(5) Closing = A−B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::IpkCsv</name>
    <message>
        <source>whole regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kecamatan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::IpkDocumentInfo</name>
    <message>
        <source>regency not set (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kecamatan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::IpkFormSet</name>
    <message>
        <source>IPK form file %1, form “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an Indonesian text (“id”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subject “%1” (job_seekers, vacancies or placements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown row dimension “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age group “%1” needs min ≤ max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education row “%1” needs code prefixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row “%1” needs a code (and for KBLI its version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placements can only be broken down by education or shown as a total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancies have an age range, not an age; they cannot be broken down by age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only vacancies carry a KBLI section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in IPK form set is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code list “%1” %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::IpkPage</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that cause it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPK check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester I (January–June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester II (July–December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: computed in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All checks hold: closing = A − B, closing = next opening, no negative stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold. Choose one to see the records that cause it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the IPK tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPK reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::IpkPdf</name>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPK %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Market Information (IPK) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Market Information (IPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment-service statistics of the labour office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks hold: closing = A − B, closing = next opening, no negative stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold: see the page “Checks”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold; the records named below cause them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::IpkTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::IpkXlsx</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: closing = A − B, closing = next opening, no negative stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold; the records named below cause them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::LoginDialog</name>
    <message>
        <source>Labour data of the regency, in one encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#recover&quot;&gt;Forgot password? Use recovery code&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinergi — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sinergi was locked after %n minute(s) without activity. Your open work is kept; enter your password to continue.</source>
        <translation>
            <numerusform>Sinergi was locked after %n minute without activity. Your open work is kept; enter your password to continue.</numerusform>
            <numerusform>Sinergi was locked after %n minutes without activity. Your open work is kept; enter your password to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinergi is locked. Your open work is kept; enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi %1
Sinergitas Data Ketenagakerjaan

Labour records of the regency in one encrypted store, with reports and submission to SMData.

Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region codes (province, regency, kecamatan, desa): Ministry of Home Affairs decrees, compiled by idn-area-data 4.0.1, under the Open Database License (ODbL 1.0).
Libraries: Qt (LGPL 3), SQLCipher (BSD), libsodium (ISC), libzip (BSD), libxlsxwriter (BSD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list %1 (loaded by %2; its README names no source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list %1 (loaded by %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::MappingModel</name>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm/dd/yyyy (month first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd (ISO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): required, every row needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched automatically by the column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you or the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field in Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example (first row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::MappingProfile</name>
    <message>
        <source>Mapping profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, _ or - (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date_format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; must map to a field name or &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: unknown date_format &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::MappingProfileStore</name>
    <message>
        <source>There is no mapping profile “%1”. Known profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::NikRule</name>
    <message>
        <source>A NIK has exactly 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK starts with an unknown province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1-6 of the NIK are not a known kecamatan code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7-12 of the NIK are not a valid birth date (DDMMYY, day + 40 for women).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last four digits of a NIK start at 0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK does not agree with the sex (women have day + 40 in the NIK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK does not agree with the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prefix&quot; must be &quot;province&quot; or &quot;kecamatan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK was first registered outside this office&apos;s regency (%1); check it unless the person moved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1-6 of the NIK (%1) are a kecamatan code of the region list %2 that the current list (%3) no longer has; check the NIK unless it was issued before the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::OutboxModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::OutboxPage</name>
    <message>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the batch for %1: %2 of %3 part(s), %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch for %1 is sent; SMData is checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the correction list from SMData…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction list could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the rejected batch.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SMData submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches for SMData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved month to build a batch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PasswordFeedback</name>
    <message numerus="yes">
        <source>At least %n characters, and not containing the user name.</source>
        <translation>
            <numerusform>At least %n characters, and not containing the user name.</numerusform>
            <numerusform>At least %n characters, and not containing the user name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good. Now type the password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password meets the policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodApprovalPage</name>
    <message>
        <source>Period approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a walidata or an administrator can approve or reopen a period. Records of an approved month cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation problems of the month&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPK checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the month&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3 — its records are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reopened by %2 on %3 (reason: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1 validation error(s), %2 warning(s), %3 of %4 IPK check(s) broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[errors acknowledged] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodApprovals</name>
    <message>
        <source>“%1” is not a month. Write the period as year-month, e.g. 2025-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is of %1, not of %2. Review the period again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 still has %2 validation error(s) and %3 broken IPK check(s). Correct them first, or approve with an explicit acknowledgement and a note that says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for reopening period %1; it is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is not approved, so it cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodDecisionDialog</name>
    <message>
        <source>Approve period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1? The records of this month will be locked against changes and imports until a walidata or an administrator reopens the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1? Its records can be changed again. The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the review found errors and approve the period anyway; the note says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (required when errors are acknowledged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodLock</name>
    <message>
        <source>Period %1 (%2) has been approved, so its records cannot be changed. A walidata or an administrator can reopen the period, with a reason, on the Period approval page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodReview</name>
    <message>
        <source>Closing stock = A − B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing stock = opening stock of the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No negative stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record counted in the tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PlacedStillActiveRule</name>
    <message>
        <source>&quot;active_statuses&quot; must be a non-empty list of status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement is recorded for this job seeker, but the status is still “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::PreviewModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row · status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ProblemRecordLabel</name>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with this problem</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule / record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity / problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ProblemsPanel</name>
    <message>
        <source>Validation cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 record(s) validated in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the required fields that are filled in, over all %L1 record(s) (%L2 of %L3 values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of records without validation errors (%L1 of %L2). Warnings do not count against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of records that are current: AK/I card not expired and no report overdue (%L1 of %L2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset has no timeliness rule (card expiry or report due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating… you can keep browsing; saving changes works again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every record of this dataset again, including references to other datasets (needs the right to edit records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems grouped by rule. Expand a rule and double-click a record to show it in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search and sort indexes (%1 of %2)… The imported data is already stored; the list works meanwhile, sorting and filters are slower until this ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ReadinessDialog</name>
    <message>
        <source>SMData batch for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the batch for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From other months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch for %1 cannot be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Period %1 (approved), regency %2: %3 record(s) will be sent and %4 withheld; %5 IPK aggregate line(s). Size %6 in %n part(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No period field: every record is part of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) of the month by %2; %3 of other months not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent as stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields pseudonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPK aggregates (ipk_agregat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per form, row and column; every IPK check holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n IPK check(s) broken this month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IPK check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ReceiptDialog</name>
    <message>
        <source>SMData receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SMData signed for this batch. Verify it to check the signature with the pinned server key and that it describes exactly what this office sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: signed by the pinned SMData key and describing exactly this batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordExportFlow</name>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 exported to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file contains personal data. Delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data columns (NIK, names, addresses, …) were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordExporter</name>
    <message>
        <source>Unknown dataset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting personal data (NIK, names, addresses) needs an explicit confirmation: the file can be copied and shared outside Sinergi, and the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view has %L1 rows; an Excel sheet holds at most %L2. Export it as CSV, or narrow the view with a filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordFormDialog</name>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. A record with problems can still be saved; it is then flagged in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can view this record but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; see the fields marked below. The record can still be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your changes were not saved. Close this form and open the record again to see the current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordGridProxy</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordHistoryDialog</name>
    <message>
        <source>Record history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this record: who made it, when, and each field&apos;s old and new value. Undo reverts one change when its fields still hold the values it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone (earlier change reverted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
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
    <message numerus="yes">
        <source>%n field(s) filled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordService</name>
    <message>
        <source>Unknown dataset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset “%1” has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is deleted; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such change in the history of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only edits, deletions and restorations can be undone; delete the record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed again after this edit; undo the later change first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordSql</name>
    <message>
        <source>Column &quot;%1&quot; of dataset &quot;%2&quot; cannot be sorted (no index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering on &quot;%1&quot; needs the permission to view personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordTableModel</name>
    <message>
        <source>Viewing records is not allowed for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dataset &quot;%1&quot;</source>
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
        <source>This record was changed by someone else after it was shown here. Your change was not saved; the row now shows the current values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecordsPage</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show de&amp;leted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sorted (only indexed columns can, to stay fast with many records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — shown in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record %1? It leaves the list and the reports; its history is kept, and &quot;Show deleted&quot; lets you restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search needs access to personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %1 saved with %n problem(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or Excel file into this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows shown (search, filters and sort as set) to an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 no longer exists or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds records in which one of these starts with the text (as typed, in CAPITALS or in Title Case): %1. A name is found by its beginning: &quot;siti a&quot; finds &quot;Siti Aminah&quot;, &quot;aminah&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the dashboard: %1 (%n record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryCodePage</name>
    <message>
        <source>Creating the encrypted store. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to choose another folder, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is created with your administrator account and a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryCodeView</name>
    <message>
        <source>This recovery code opens the store when every administrator password is lost. It is shown only this once: write it down or print it, and keep it in a locked place away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the store when every administrator password is lost. Keep it locked away and never store it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code was saved to %1. Move this file to a USB stick or print it, then delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryDialog</name>
    <message>
        <source>Recover access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery code that was shown when the store was created. The administrator you name gets the new password, is enabled again and is logged in. This is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store with the recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover and log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ReferenceExistsRule</name>
    <message>
        <source>No %1 record with %2 = %3 exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ReferenceLists</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a code list can be (%L2 bytes at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no dataset uses a code list &quot;%2&quot;. Known lists: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code list %1 version %2 is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 of %3 is older than the version in use (%4). Only a newer edition can be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ReferenceListsPanel</name>
    <message>
        <source>Reference lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code lists used by the datasets. New entries use the version in use; codes from older versions stay readable, and records that still carry them are flagged with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can load a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older (codes stay readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a new version of a code list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code list (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 loaded (%3 codes). Version %4 stays readable for existing records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the new version: %1. Records that carry these codes are flagged with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record pages use it after the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference list loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference list not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RegionCatalog</name>
    <message>
        <source>Cannot read the region list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list %1, line %2: expected a code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (region list %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields separated by commas, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code of this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of %1 is not UTF-8 text of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 does not belong under &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent code %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 regions; this is not a region list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the code %2 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RegionEditions</name>
    <message>
        <source>Indonesian administrative area codes from %1, © its contributors, compiled from Kemendagri decrees, available under the Open Database License (ODbL) 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored region list %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region list %1 is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region list %1 is not newer than the one in use (%2). Only a newer edition can be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RegionEditionsPanel</name>
    <message>
        <source>Region list (wilayah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province, regency, kecamatan and desa codes (Kemendagri). The pickers and the NIK check use the edition in use; codes that only an older edition has stay readable, and records that still carry them are flagged with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;region list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a zip file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can load a new edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the region list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 by %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older (codes stay readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition in use names no source in its README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the new region list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new region list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list %1 loaded: %2 provinces, %3 regencies, %4 kecamatan, %5 desa. Edition %6 stays readable for existing records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the new edition: %1 kecamatan and %2 desa codes. Records that carry them are flagged with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record pages use it after the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RegionListFiles</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has no %2; a region list needs provinces.csv, regencies.csv, districts.csv, villages.csv and VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a region list file can be (%L2 bytes at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder or a complete zip file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; it is not a region list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 more than once; put one region list in the zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file %1 has no %2; a region list needs provinces.csv, regencies.csv, districts.csv, villages.csv and VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION in %1 must be one line ending in a version number, like &quot;idn-area-data 4.0.2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RejectsWriter</name>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ReportPeriod</name>
    <message>
        <source>Year %1 is outside %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1; use 1–12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no semester %1; use S1 or S2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period “%1” not recognised. Write a month as 2025-03, a semester as 2025-S1 or a year as 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester I %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester II %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ReportRulesPanel</name>
    <message>
        <source>IPK report rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the dashboard and the IPK tables count job seekers. The guidelines leave these choices to the office; changing them changes the numbers of every period, past ones included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when removed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s) after the card expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card still registered is counted as removed this many months after its validity ended without a report (0: the day after it expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired card counts as &amp;removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end of the reported period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age for the age groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The dashboard and the IPK tables use the new rules from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RequiredIfRule</name>
    <message>
        <source>&quot;equals&quot; must be a non-empty list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required when %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be empty when %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ResetPasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the account &quot;%1&quot; with a new initial password. The user must change it at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new initial password for &quot;%1&quot;. The user must change it at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data steward (Walidata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including users, key slots, settings and reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews and reconciles records, approves reporting periods, builds and submits batches to SMData, sees personal data and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates, edits, imports and exports records and sees the personal data of the records they handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards, reports and records with personal data masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RowConverter</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the expected format (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::RuleLabels</name>
    <message>
        <source>NIK consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced record exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/I validity and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed but still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong type of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK not 16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from an older list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::Session</name>
    <message>
        <source>A user name has 3 to 32 characters: letters, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an administrator of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for “%1” to enable the account (Reset password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active administrator cannot be given another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (whole store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody uses Sinergi for this long, the window is hidden until the password is entered again. Open work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the settings of the whole store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;data key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypts the store with a new data key, e.g. after a copy of the store may have leaked together with an old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the recovery code, e.g. when the written copy was lost. The old code stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your current password. Your data stays readable with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi will use %1 from the next start. If that folder holds no store yet, the first-start wizard will create one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the whole store with a new data key? This can take a while for a large store. Sinergi stays locked for other work until it is done; an interruption never loses data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the store with a new data key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is now encrypted with a new data key. Passwords and the recovery code are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new recovery code? The current code stops working immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::SmdataSettingsPanel</name>
    <message>
        <source>SMData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or the walidata can see and change how Sinergi reaches SMData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where batches are sent and with which account. Everything here is kept only in the encrypted store; the connection is always checked with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;admin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use s&amp;ystem certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key per line, as the ministry gave it (base64, 44 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save SMData settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt key pinned: receipts cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned key id(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the CA bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read or is too large for a CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle chosen; save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificates will be used; save to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, the user admin and the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to SMData…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: logged in to SMData as %1 (regency %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::StoreLocationPage</name>
    <message>
        <source>This is the first start of Sinergi on this computer. The wizard creates the encrypted store that will hold the labour records, the first administrator account and a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder on this computer that is included in the office backup. The folder will contain the store (sinergi.db) and its key file (sinergi.keys); both are needed to open the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a Sinergi store. Choose an empty folder, or set this folder as the store location in the settings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergitas Data Ketenagakerjaan — the labour data of your office, kept in one encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regency / city served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regency or city this office serves. Its kecamatan and desa fill the pickers in the record forms, and NIK prefixes are checked against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::TabularReaderFactory</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::TemplateParser</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: labels need both &quot;id&quot; and &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a field name or a list of field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and underscores, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field #%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;code_list_version_field&quot; names unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;natural_key&quot; must be a non-empty list of field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;natural_key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural key field &quot;%1&quot; must be required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field #%1: &quot;name&quot; must be lower-case letters, digits and underscores, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown type &quot;%2&quot; (expected text, integer, decimal, date, bool, code, nik, phone or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;pii&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;pattern&quot; is not allowed on a %2 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid pattern &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a code field needs &quot;code_list&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give either &quot;code_list_version&quot; or &quot;code_list_version_field&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;code_list&quot; is only allowed on code fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;repeat&quot; must be between 1 and 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;share&quot; must be send, pseudonymise, minimise or withhold, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;minimise_to&quot; needs &quot;share&quot;: &quot;minimise&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;minimise_to&quot; must be &quot;year&quot; (dates) or &quot;prefix:N&quot;, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a yyyy-MM-dd date%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or &quot;today&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is only allowed on integer, decimal and date fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;min&quot; is greater than &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;min&quot; is later than &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is only allowed on text fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;min_length&quot; is greater than &quot;max_length&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rule needs an &quot;id&quot; of lower-case letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown rule kind &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): missing parameter &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): unknown parameter &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameter &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;period_field&quot; must name a field of the template or be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;period_field&quot; &quot;%1&quot; must be a date or text field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::TemplateRegistry</name>
    <message>
        <source>No dataset templates (*.json) found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset template %1: id &quot;%2&quot; must match the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset template %1: dataset &quot;%2&quot; is already defined by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset template %1: rule &quot;%2&quot; refers to %3.%4, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset template %1: field &quot;%2&quot; uses code list %3 %4, which is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, dot, dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the initial password to the user in person. They must choose their own password at the first log-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::UserRepository</name>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists. User names are not case-sensitive; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::UsersModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
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
        <source>User name</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that may open this store. Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account &quot;%1&quot;? The user can no longer log in; their key is removed. You can enable the account again later with a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ValidationJob</name>
    <message>
        <source>Unknown dataset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::Vault</name>
    <message numerus="yes">
        <source>Other work is still using the store in the background (%n connection(s): a validation, an export, a report or the record list). Wait until it has finished, then rotate the key again. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxExportSink</name>
    <message>
        <source>A value is longer than the 32,767 characters an Excel cell can hold; export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows; export this view as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxPart</name>
    <message>
        <source>The workbook is damaged: the part %1 is not valid (%2). Open the file in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 is larger than its zip directory says: the file is damaged or crafted, and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decompression failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document type declaration is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxReader</name>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; cannot be found in the workbook; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid row number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid cell reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value in column %1, beyond the limit of %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell refers to shared text number %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxSharedStrings</name>
    <message>
        <source>The workbook has more than %1 different texts; it is too large to import at once. Split it or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxStyles</name>
    <message>
        <source>too many cell styles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxWorkbook</name>
    <message>
        <source>too many relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zip file is not an Excel workbook (it has no %1). Save it from Excel as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::ZipArchive</name>
    <message>
        <source>This workbook is password-protected or in the old .xls format. Open it in Excel, remove the password if there is one, and save it as .xlsx (Excel Workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an .xlsx workbook (it is not a zip container). Save it from Excel as .xlsx or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged (%1). Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 parts; it is not a normal spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is password-protected. Remove the password in Excel and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: the part %1 is missing. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 is too large to import safely (over %2 MB uncompressed). Split the data into smaller files or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 is compressed suspiciously well (more than %2:1): this looks like a zip bomb and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::BatchBuilder</name>
    <message>
        <source>The period %1 is not approved. A walidata must review and approve it before its batch can be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is built for one month, written yyyy-MM (for example 2025-06), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office regency is not set (Settings, office regency code such as 33.73).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part size must be between 1 and %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 has nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::BatchXlsx</name>
    <message>
        <source>The batch has no manifest with datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch names an unknown dataset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the batch is not a record of its datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::OfflinePackage</name>
    <message>
        <source>The recipient key is not an Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Sinergi offline batch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted for another key (%1), not for this server&apos;s key (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be decrypted: it was changed or damaged on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::Outbox</name>
    <message>
        <source>The batch cannot be queued: its manifest does not match its parts. Build the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cannot be queued: part %1 does not match its manifest. Build the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cannot be queued: its content does not match its manifest. Build the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::ReadinessReport</name>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a record that is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch for %1, regency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period approved: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period approved: NO (the batch cannot be queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to send: %1; withheld: %2; IPK aggregate lines: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Content: %1 bytes in %n part(s) of at most %2 bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no period field: every record is part of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the period by %1: %2; other months: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to send: %1 (of which %2 referenced from outside the period); withheld: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonymised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPK checks of the month:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::RecordSelection</name>
    <message>
        <source>the record has validation errors (run the validation to list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referenced %1 record is deleted, invalid or missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::SmdataError</name>
    <message>
        <source>The SMData server could not be reached or the connection was cut. The batch stays in the outbox and is sent again automatically; check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMData server&apos;s certificate is not trusted, so nothing was sent. Check the SMData address and the CA bundle in the SMData settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMData server sent an answer Sinergi cannot read (damaged or too large). Nothing was lost: the batch stays in the outbox and is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMData server has a problem (HTTP %1). The batch stays in the outbox and is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The SMData server asks Sinergi to wait %n second(s) before the next request. The batch stays in the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SMData refused the user name or password of the user admin. Check them in the SMData settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMData session has ended and could not be renewed. Log in to SMData again; the batch stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData does not allow this account to submit for this regency. Contact the ministry&apos;s SMData administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData already holds a different batch under this batch ID. The batch was not sent; build the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData reports that the batch does not match what it received earlier (%1). The batch was not completed; build the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch or one of its parts is larger than SMData accepts. Build the batch again with smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData does not accept the compression Sinergi used. Update Sinergi or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData refused the request (%1). The batch was not completed; contact support with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMData receipt for this batch could not be verified with the pinned server key. Do not rely on it; check the server key in the SMData settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMData is not set up yet: enter the server address and the user admin&apos;s name and password in Settings, section SMData. The batch stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::SmdataSettings</name>
    <message>
        <source>A receipt key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it like https://smdata.example.go.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMData address must start with https://: data and passwords are never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only the server address (https://host or https://host:port), without a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate in PEM format (-----BEGIN CERTIFICATE-----). Choose the CA bundle the ministry or the server operator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt key is not a 32-byte Ed25519 public key in base64 (44 characters ending in “=”). Copy it again from the ministry&apos;s letter or the server&apos;s key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
