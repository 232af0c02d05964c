<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalsNotifier</name>
    <message numerus="yes">
        <source>%n new for you to decide or take over</source>
        <translation>
            <numerusform>%n new for you to decide or take over</numerusform>
            <numerusform>%n new for you to decide or take over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message numerus="yes">
        <source>%n remedy(s) awaiting your approval</source>
        <translation>
            <numerusform>%n remedy awaiting your approval</numerusform>
            <numerusform>%n remedies awaiting your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) referred to you</source>
        <translation>
            <numerusform>%n case referred to you</numerusform>
            <numerusform>%n cases referred to you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from this case? The case history keeps a note.</source>
        <translation>
            <numerusform>Remove %n file from this case? The case history keeps a note.</numerusform>
            <numerusform>Remove %n files from this case? The case history keeps a note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>%n required step(s) still to do.</source>
        <translation>
            <numerusform>%n required step still to do.</numerusform>
            <numerusform>%n required steps still to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n case(s) moved here.</source>
        <translation>
            <numerusform>Merged: %n case moved here.</numerusform>
            <numerusform>Merged: %n cases moved here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n case</numerusform>
            <numerusform>%1, %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3); %n kept</source>
        <translation>
            <numerusform>%1 (%2, %3); %n kept</numerusform>
            <numerusform>%1 (%2, %3); %n kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message numerus="yes">
        <source>%n more overdue since %1</source>
        <translation>
            <numerusform>%n more overdue since %1</numerusform>
            <numerusform>%n more overdue since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n case overdue</numerusform>
            <numerusform>%n cases overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due later today</source>
        <translation>
            <numerusform>%n more due later today</numerusform>
            <numerusform>%n more due later today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n hour late</numerusform>
            <numerusform>%n hours late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n new customer</numerusform>
            <numerusform>%n new customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Exported %n case to %1.</numerusform>
            <numerusform>Exported %n cases to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message numerus="yes">
        <source>%n page(s), %1 KB</source>
        <translation>
            <numerusform>%n page, %1 KB</numerusform>
            <numerusform>%n pages, %1 KB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message numerus="yes">
        <source>%n existing customer(s) with this name: pick one from the list, or save to add a new customer.</source>
        <translation>
            <numerusform>%n existing customer with this name: pick one from the list, or save to add a new customer.</numerusform>
            <numerusform>%n existing customers with this name: pick one from the list, or save to add a new customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message numerus="yes">
        <source>The latest good backup is from %1 (%n case(s)). Restoring it keeps this file as it is, moved into the backups folder.</source>
        <translation>
            <numerusform>The latest good backup is from %1 (%n case). Restoring it keeps this file as it is, moved into the backups folder.</numerusform>
            <numerusform>The latest good backup is from %1 (%n cases). Restoring it keeps this file as it is, moved into the backups folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source>Goodwill: %n due today</source>
        <translation>
            <numerusform>Goodwill: %n due today</numerusform>
            <numerusform>Goodwill: %n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%1  (%n case(s))</source>
        <translation>
            <numerusform>%1  (%n case)</numerusform>
            <numerusform>%1  (%n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n page.</numerusform>
            <numerusform>%1: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Go back to the backup of %1 (%n case(s))?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>Go back to the backup of %1 (%n case)?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</numerusform>
            <numerusform>Go back to the backup of %1 (%n cases)?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your database now holds %n case(s) from the backup.</source>
        <translation>
            <numerusform>Your database now holds %n case from the backup.</numerusform>
            <numerusform>Your database now holds %n cases from the backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>Added %n case(s) from a small café. Have a look around.</source>
        <translation>
            <numerusform>Added %n case from a small café. Have a look around.</numerusform>
            <numerusform>Added %n cases from a small café. Have a look around.</numerusform>
        </translation>
    </message>
</context>
</TS>
