<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>CaseBriefDock</name>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="76" />
            <source>Case brief</source>
            <translation>Case brief</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="110" />
            <source>Facilitator notes</source>
            <translation>Facilitator notes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="111" />
            <source>For the facilitator: what to challenge (hidden from the room)</source>
            <translation>For the facilitator: what to challenge (hidden from the room)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="85" />
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="194" />
            <source>The case of this workshop is not installed here: %1</source>
            <translation>The case of this workshop is not installed here: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="185" />
            <source>This workshop has no case brief.</source>
            <translation>This workshop has no case brief.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="149" />
            <source>%1 added · %2 changed · %3 removed</source>
            <translation>%1 added · %2 changed · %3 removed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="178" />
            <source>(no team)</source>
            <translation>(no team)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="147" />
            <source>Compare “%1” with the board now</source>
            <translation>Compare “%1” with the board now</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="213" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="212" />
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="153" />
            <source>No card changed since this snapshot.</source>
            <translation>No card changed since this snapshot.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="214" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="211" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="210" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="227" />
            <source>alignment</source>
            <translation>alignment</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="230" />
            <source>baseline</source>
            <translation>baseline</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="234" />
            <source>confidence</source>
            <translation>confidence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="232" />
            <source>current value</source>
            <translation>current value</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="224" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="229" />
            <source>direction</source>
            <translation>direction</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="236" />
            <source>key result</source>
            <translation>key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="225" />
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="220" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="235" />
            <source>objective</source>
            <translation>objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="226" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="221" />
            <source>parent team</source>
            <translation>parent team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="231" />
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="228" />
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="222" />
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="233" />
            <source>unit</source>
            <translation>unit</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" line="306" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" line="279" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" line="302" />
            <source>%n sheet(s) of %1 and an assembly map</source>
            <translation>
                <numerusform>%n sheet of %1 and an assembly map</numerusform>
                <numerusform>%n sheets of %1 and an assembly map</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="320" />
            <source>1 sheet %1</source>
            <translation>1 sheet %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="277" />
            <source>A table with one row per team, objective, key result, initiative and note.</source>
            <translation>A table with one row per team, objective, key result, initiative and note.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="88" />
            <source>As arranged on the board</source>
            <translation>As arranged on the board</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="90" />
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="108" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="236" />
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="80" />
            <source>CSV table (spreadsheets, OKR tools)</source>
            <translation>CSV table (spreadsheets, OKR tools)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="341" />
            <source>Choose a file to export to.</source>
            <translation>Choose a file to export to.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="367" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="105" />
            <source>Comma, decimal point</source>
            <translation>Comma, decimal point</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="69" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="115" />
            <source>Export as:</source>
            <translation>Export as:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="239" />
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="364" />
            <source>Exported to %1, with these remarks:</source>
            <translation>Exported to %1, with these remarks:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="123" />
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="317" />
            <source>Image of %1 × %2 pixels</source>
            <translation>Image of %1 × %2 pixels</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="86" />
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="118" />
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="117" />
            <source>Orientation:</source>
            <translation>Orientation:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="120" />
            <source>Overlap:</source>
            <translation>Overlap:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="233" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="77" />
            <source>PDF poster (one sheet)</source>
            <translation>PDF poster (one sheet)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="78" />
            <source>PDF tiles to print on A4/A3</source>
            <translation>PDF tiles to print on A4/A3</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="79" />
            <source>PNG image</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="235" />
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="116" />
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="85" />
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="121" />
            <source>Resolution:</source>
            <translation>Resolution:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="104" />
            <source>Semicolon, decimal comma (French Excel)</source>
            <translation>Semicolon, decimal comma (French Excel)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="122" />
            <source>Separator:</source>
            <translation>Separator:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="228" />
            <source>This file exists and will be replaced.</source>
            <translation>This file exists and will be replaced.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="89" />
            <source>Tidy, by team</source>
            <translation>Tidy, by team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="119" />
            <source>Tile paper:</source>
            <translation>Tile paper:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="344" />
            <source>the folder does not exist</source>
            <translation>the folder does not exist</translation>
        </message>
    </context>
    <context>
        <name>FindingsChart</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="78" />
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
    </context>
    <context>
        <name>InstructionsDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="58" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="61" />
            <source>No instructions for this round.</source>
            <translation>No instructions for this round.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="52" />
            <source>Round %1</source>
            <translation>Round %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="54" />
            <source>Round %1 — %2</source>
            <translation>Round %1 — %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="68" />
            <source>Start the countdown</source>
            <translation>Start the countdown</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="79" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="78" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="407" />
            <source>Add a team first: objectives belong to a team</source>
            <translation>Add a team first: objectives belong to a team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="241" />
            <source>Cannot create a workshop</source>
            <translation>Cannot create a workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="268" />
            <source>Cannot open this file</source>
            <translation>Cannot open this file</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="301" />
            <source>Cannot save a copy</source>
            <translation>Cannot save a copy</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="123" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" line="112" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="334" />
            <source>Every lane already holds its cards</source>
            <translation>Every lane already holds its cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="129" />
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="266" />
            <source>Imported as %1</source>
            <translation>Imported as %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="126" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="236" />
            <source>New workshop</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="244" />
            <source>New workshop saved in %1</source>
            <translation>New workshop saved in %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="166" />
            <source>Not done: %1</source>
            <translation>Not done: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" line="87" />
            <source>Nothing to paste here: select an objective or a team first</source>
            <translation>Nothing to paste here: select an objective or a team first</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="248" />
            <source>Open a workshop</source>
            <translation>Open a workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" line="106" />
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="282" />
            <source>Save a copy as</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="306" />
            <source>Saved a copy as %1</source>
            <translation>Saved a copy as %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="425" />
            <source>Select %1 first</source>
            <translation>Select %1 first</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="237" />
            <source>Team 1</source>
            <translation>Team 1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="159" />
            <source>The checker is not available: %1</source>
            <translation>The checker is not available: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="191" />
            <source>Untitled workshop</source>
            <translation>Untitled workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="282" />
            <source>Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)</source>
            <translation>Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="248" />
            <source>Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)</source>
            <translation>Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="424" />
            <source>a key result</source>
            <translation>a key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="424" />
            <source>an objective</source>
            <translation>an objective</translation>
        </message>
    </context>
    <context>
        <name>NewFromCaseDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/case_dialog.py" line="210" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/case_dialog.py" line="208" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="119" />
            <source>Case studies:</source>
            <translation>Case studies:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="87" />
            <source>Cases that could not be read:</source>
            <translation>Cases that could not be read:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="201" />
            <source>Choose a case study.</source>
            <translation>Choose a case study.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="111" />
            <source>Create workshop</source>
            <translation>Create workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="102" />
            <source>For the trainer only: the room should draft its own OKRs before seeing these</source>
            <translation>For the trainer only: the room should draft its own OKRs before seeing these</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="127" />
            <source>Language of the workshop:</source>
            <translation>Language of the workshop:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="70" />
            <source>New workshop from a case study</source>
            <translation>New workshop from a case study</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="201" />
            <source>No case study is installed.</source>
            <translation>No case study is installed.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="99" />
            <source>Put the reference OKRs on the board (to prepare a session)</source>
            <translation>Put the reference OKRs on the board (to prepare a session)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="213" />
            <source>This case is not written in the chosen language.</source>
            <translation>This case is not written in the chosen language.</translation>
        </message>
    </context>
    <context>
        <name>RevealDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="166" />
            <source>Checker findings, round by round</source>
            <translation>Checker findings, round by round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="144" />
            <source>Reference OKRs of the case</source>
            <translation>Reference OKRs of the case</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="127" />
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="200" />
            <source>Reveal — %1</source>
            <translation>Reveal — %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="235" />
            <source>The reference OKRs cannot be shown: %1</source>
            <translation>The reference OKRs cannot be shown: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="220" />
            <source>This workshop is not based on a case study, so there are no reference OKRs to reveal. The chart below still shows how the drafts improved.</source>
            <translation>This workshop is not based on a case study, so there are no reference OKRs to reveal. The chart below still shows how the drafts improved.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="199" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="143" />
            <source>Your drafts</source>
            <translation>Your drafts</translation>
        </message>
    </context>
    <context>
        <name>RoundEditor</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="91" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="87" />
            <source>Edit round</source>
            <translation>Edit round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="97" />
            <source>Instructions</source>
            <translation>Instructions</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="96" />
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="87" />
            <source>New round</source>
            <translation>New round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="95" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>RoundTimer</name>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="134" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="135" />
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="136" />
            <source>End round</source>
            <translation>End round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="233" />
            <source>No round running</source>
            <translation>No round running</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="133" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="247" />
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="236" />
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="244" />
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="252" />
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
    </context>
    <context>
        <name>RoundsDock</name>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="93" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="116" />
            <source>Cards added, changed and removed since this snapshot</source>
            <translation>Cards added, changed and removed since this snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="111" />
            <source>Compare…</source>
            <translation>Compare…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="95" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="94" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="92" />
            <source>End round</source>
            <translation>End round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="98" />
            <source>End the running round and keep a snapshot of the board</source>
            <translation>End the running round and keep a snapshot of the board</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="115" />
            <source>Export as poster…</source>
            <translation>Export as poster…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="107" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="460" />
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="117" />
            <source>Put the board back as it was (can be undone)</source>
            <translation>Put the board back as it was (can be undone)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="459" />
            <source>Rename snapshot</source>
            <translation>Rename snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="113" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="112" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="86" />
            <source>Rounds</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="73" />
            <source>Rounds and snapshots</source>
            <translation>Rounds and snapshots</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="97" />
            <source>Show the round's instructions, then start its countdown</source>
            <translation>Show the round's instructions, then start its countdown</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="106" />
            <source>Snapshots</source>
            <translation>Snapshots</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="91" />
            <source>Start…</source>
            <translation>Start…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="96" />
            <source>Take snapshot now</source>
            <translation>Take snapshot now</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="107" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="216" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="215" />
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="214" />
            <source>to do</source>
            <translation>to do</translation>
        </message>
    </context>
    <context>
        <name>TeamRow</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="91" />
            <source>No objective drafted yet.</source>
            <translation>No objective drafted yet.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="96" />
            <source>No reference objective for this team.</source>
            <translation>No reference objective for this team.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="93" />
            <source>No team of this name on the board.</source>
            <translation>No team of this name on the board.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="98" />
            <source>The case has no reference for this team.</source>
            <translation>The case has no reference for this team.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFlow</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" line="115" />
            <source>Cannot create the workshop</source>
            <translation>Cannot create the workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" line="136" />
            <source>Switch off rule %1</source>
            <translation>Switch off rule %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" line="52" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
    </context>
    <context>
        <name>WorkshopSettingsDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="132" />
            <source>Back to the profile's values</source>
            <translation>Back to the profile's values</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="210" />
            <source>Change workshop settings</source>
            <translation>Change workshop settings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="56" />
            <source>Checker</source>
            <translation>Checker</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="82" />
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="139" />
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="139" />
            <source>Identifier</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="83" />
            <source>Language of the cards</source>
            <translation>Language of the cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="81" />
            <source>Period of the OKRs</source>
            <translation>Period of the OKRs</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="108" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="139" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="136" />
            <source>Rules (untick a rule to switch it off for this workshop)</source>
            <translation>Rules (untick a rule to switch it off for this workshop)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="85" />
            <source>The checker reads the cards in this language (a card written in the other one is recognised), and posters print their labels in it.</source>
            <translation>The checker reads the cards in this language (a card written in the other one is recognised), and posters print their labels in it.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="114" />
            <source>This workshop</source>
            <translation>This workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="114" />
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="80" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="55" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="44" />
            <source>Workshop settings</source>
            <translation>Workshop settings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="74" />
            <source>for example 2027-T1 or Q1 2027</source>
            <translation>for example 2027-T1 or Q1 2027</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="160" />
            <source>key result</source>
            <translation>key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="159" />
            <source>objective</source>
            <translation>objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="158" />
            <source>structure</source>
            <translation>structure</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="184" />
            <source>&amp;Actual size</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="113" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="118" />
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicate</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="306" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="257" />
            <source>&amp;End the round and keep a snapshot</source>
            <translation>&amp;End the round and keep a snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="82" />
            <source>&amp;Export poster…</source>
            <translation>&amp;Export poster…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="305" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="148" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="175" />
            <source>&amp;Fit board</source>
            <translation>&amp;Fit board</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="47" />
            <source>&amp;New workshop</source>
            <translation>&amp;New workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="56" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="115" />
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="241" />
            <source>&amp;Pause or resume the timer</source>
            <translation>&amp;Pause or resume the timer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="91" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="102" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="223" />
            <source>&amp;Rounds and snapshots</source>
            <translation>&amp;Rounds and snapshots</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="192" />
            <source>&amp;Snap to grid</source>
            <translation>&amp;Snap to grid</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="232" />
            <source>&amp;Start the next round…</source>
            <translation>&amp;Start the next round…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="99" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="307" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="308" />
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="213" />
            <source>Case &amp;brief</source>
            <translation>Case &amp;brief</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="106" />
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="122" />
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="131" />
            <source>Fit &amp;lanes to their cards</source>
            <translation>Fit &amp;lanes to their cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="249" />
            <source>Give &amp;one more minute</source>
            <translation>Give &amp;one more minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="294" />
            <source>Interface in &amp;English</source>
            <translation>Interface in &amp;English</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="284" />
            <source>Interface in &amp;French</source>
            <translation>Interface in &amp;French</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="375" />
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="65" />
            <source>New workshop from a &amp;case study…</source>
            <translation>New workshop from a &amp;case study…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="274" />
            <source>Presenter &amp;mode</source>
            <translation>Presenter &amp;mode</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="265" />
            <source>Re&amp;veal the reference OKRs…</source>
            <translation>Re&amp;veal the reference OKRs…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="74" />
            <source>Save a &amp;copy as…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="139" />
            <source>Select &amp;all</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="205" />
            <source>Workshop &amp;settings…</source>
            <translation>Workshop &amp;settings…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="157" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="166" />
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="345" />
            <source>A team needs a name</source>
            <translation>A team needs a name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="72" />
            <source>Add a team below</source>
            <translation>Add a team below</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="57" />
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="85" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="76" />
            <source>Delete team</source>
            <translation>Delete team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="99" />
            <source>Drop a key result on an objective</source>
            <translation>Drop a key result on an objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="101" />
            <source>Drop an initiative on a key result</source>
            <translation>Drop an initiative on a key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="103" />
            <source>Drop an objective on a team lane</source>
            <translation>Drop an objective on a team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/gestures.py" line="244" />
            <source>Drop the link on the objective or key result this objective serves</source>
            <translation>Drop the link on the objective or key result this objective serves</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="79" />
            <source>Edit text</source>
            <translation>Edit text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="74" />
            <source>Fit to its cards</source>
            <translation>Fit to its cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="126" />
            <source>New initiative</source>
            <translation>New initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="124" />
            <source>New key result</source>
            <translation>New key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="137" />
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="134" />
            <source>New objective</source>
            <translation>New objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="64" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="82" />
            <source>Remove alignment</source>
            <translation>Remove alignment</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="56" />
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="145" />
            <source>Team %1</source>
            <translation>Team %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="67" />
            <source>— top level —</source>
            <translation>— top level —</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="49" />
            <source>Aspirational</source>
            <translation>Aspirational</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="49" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="28" />
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="40" />
            <source>confidence %1/10</source>
            <translation>confidence %1/10</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="36" />
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="48" />
            <source>no owner</source>
            <translation>no owner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="38" />
            <source>now %1</source>
            <translation>now %1</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="222" />
            <source>%1 is aligned to this key result: it cannot go there</source>
            <translation>%1 is aligned to this key result: it cannot go there</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="39" />
            <source>Add card</source>
            <translation>Add card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="36" />
            <source>Add initiative</source>
            <translation>Add initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="35" />
            <source>Add key result</source>
            <translation>Add key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="37" />
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="34" />
            <source>Add objective</source>
            <translation>Add objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="109" />
            <source>Add round “%1”</source>
            <translation>Add round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="38" />
            <source>Add team</source>
            <translation>Add team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="301" />
            <source>Align objective</source>
            <translation>Align objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/workshop.py" line="21" />
            <source>Change workshop settings</source>
            <translation>Change workshop settings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="331" />
            <source>Delete %1 cards</source>
            <translation>Delete %1 cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="51" />
            <source>Delete card</source>
            <translation>Delete card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="48" />
            <source>Delete initiative</source>
            <translation>Delete initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="47" />
            <source>Delete key result</source>
            <translation>Delete key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="49" />
            <source>Delete note</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="46" />
            <source>Delete objective</source>
            <translation>Delete objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="139" />
            <source>Delete round “%1”</source>
            <translation>Delete round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="93" />
            <source>Delete snapshot “%1”</source>
            <translation>Delete snapshot “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="50" />
            <source>Delete team</source>
            <translation>Delete team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="45" />
            <source>Edit card</source>
            <translation>Edit card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="42" />
            <source>Edit initiative</source>
            <translation>Edit initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="41" />
            <source>Edit key result</source>
            <translation>Edit key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="43" />
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="40" />
            <source>Edit objective</source>
            <translation>Edit objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="126" />
            <source>Edit round</source>
            <translation>Edit round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="44" />
            <source>Edit team</source>
            <translation>Edit team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="56" />
            <source>End round “%1”</source>
            <translation>End round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="121" />
            <source>Fit lanes to their cards</source>
            <translation>Fit lanes to their cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="133" />
            <source>Move %1 cards</source>
            <translation>Move %1 cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="133" />
            <source>Move card</source>
            <translation>Move card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="267" />
            <source>Move initiative</source>
            <translation>Move initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="240" />
            <source>Move key result to another objective</source>
            <translation>Move key result to another objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="280" />
            <source>Move objective to %1</source>
            <translation>Move objective to %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="87" />
            <source>Move team to the top level</source>
            <translation>Move team to the top level</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="89" />
            <source>Nest team under %1</source>
            <translation>Nest team under %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="67" />
            <source>Recolour team</source>
            <translation>Recolour team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="301" />
            <source>Remove alignment</source>
            <translation>Remove alignment</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="83" />
            <source>Rename snapshot</source>
            <translation>Rename snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="58" />
            <source>Rename team</source>
            <translation>Rename team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="251" />
            <source>Reorder key results</source>
            <translation>Reorder key results</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="85" />
            <source>Reorder teams</source>
            <translation>Reorder teams</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="108" />
            <source>Resize team lane</source>
            <translation>Resize team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="155" />
            <source>Restore snapshot “%1”</source>
            <translation>Restore snapshot “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="43" />
            <source>Start round “%1”</source>
            <translation>Start round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="70" />
            <source>Take snapshot “%1”</source>
            <translation>Take snapshot “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="292" />
            <source>Turn note into key result</source>
            <translation>Turn note into key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="103" />
            <source>a round lasts at least one minute</source>
            <translation>a round lasts at least one minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="101" />
            <source>a round needs a title</source>
            <translation>a round needs a title</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="65" />
            <source>a snapshot needs a name</source>
            <translation>a snapshot needs a name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="76" />
            <source>a team cannot go inside itself</source>
            <translation>a team cannot go inside itself</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="55" />
            <source>a team needs a name</source>
            <translation>a team needs a name</translation>
        </message>
    </context>
    <context>
        <name>find</name>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="100" />
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="70" />
            <source>Close (Escape)</source>
            <translation>Close (Escape)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="60" />
            <source>Find cards (title, owner)…</source>
            <translation>Find cards (title, owner)…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="73" />
            <source>Find:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="68" />
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="66" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="98" />
            <source>no match</source>
            <translation>no match</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" line="33" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" line="35" />
            <source>%n info(s)</source>
            <translation>
                <numerusform>%n info</numerusform>
                <numerusform>%n infos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" line="34" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="100" />
            <source>Switch this rule off for this workshop (%1)</source>
            <translation>Switch this rule off for this workshop (%1)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="76" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
    </context>
    <context>
        <name>inspector</name>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="188" />
            <source>%1 cards selected</source>
            <translation>%1 cards selected</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="106" />
            <source>Aspirational</source>
            <translation>Aspirational</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="130" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="137" />
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="106" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="134" />
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="132" />
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="111" />
            <source>Decrease</source>
            <translation>Decrease</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="123" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="129" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="111" />
            <source>Increase</source>
            <translation>Increase</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="32" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="31" />
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="122" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="111" />
            <source>Maintain</source>
            <translation>Maintain</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="108" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="108" />
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="139" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" line="134" />
            <source>Not a number: write 45, 4,5 or 1 850</source>
            <translation>Not a number: write 45, 4,5 or 1 850</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="33" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="190" />
            <source>Nothing selected</source>
            <translation>Nothing selected</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="30" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="121" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="141" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="86" />
            <source>Select a card or a team lane to see its details here.</source>
            <translation>Select a card or a team lane to see its details here.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="131" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="34" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="137" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="120" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="133" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="41" />
            <source>free note</source>
            <translation>free note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" line="122" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="46" />
            <source>top level</source>
            <translation>top level</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="220" />
            <source>— top level —</source>
            <translation>— top level —</translation>
        </message>
    </context>
    <context>
        <name>lane</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/canvas/items/lane.py" line="71" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/canvas/items/lane.py" line="69" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" line="73" />
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
    </context>
    <context>
        <name>palette</name>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="32" />
            <source>Drag anywhere: a free sticky note</source>
            <translation>Drag anywhere: a free sticky note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="31" />
            <source>Drag onto a key result</source>
            <translation>Drag onto a key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="29" />
            <source>Drag onto a team lane</source>
            <translation>Drag onto a team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="30" />
            <source>Drag onto an objective</source>
            <translation>Drag onto an objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="33" />
            <source>Drag onto the board: a new team lane</source>
            <translation>Drag onto the board: a new team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="20" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="19" />
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="21" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="18" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="22" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
    </context>
</TS>
