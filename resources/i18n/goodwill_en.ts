<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
