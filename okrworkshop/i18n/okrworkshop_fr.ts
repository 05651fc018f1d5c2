<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
    <context>
        <name>CaseBriefDock</name>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>As of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="76" />
            <source>Case brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="110" />
            <source>Facilitator notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="111" />
            <source>For the facilitator: what to challenge (hidden from the room)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="85" />
            <source>Key figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="194" />
            <source>The case of this workshop is not installed here: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="185" />
            <source>This workshop has no case brief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="149" />
            <source>%1 added · %2 changed · %3 removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="178" />
            <source>(no team)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="147" />
            <source>Compare “%1” with the board now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="213" />
            <source>Initiative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="212" />
            <source>Key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="153" />
            <source>No card changed since this snapshot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="214" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="211" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="210" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="227" />
            <source>alignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="230" />
            <source>baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="234" />
            <source>confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="232" />
            <source>current value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="224" />
            <source>description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="229" />
            <source>direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="236" />
            <source>key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="225" />
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="220" />
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="235" />
            <source>objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="226" />
            <source>owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="221" />
            <source>parent team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="231" />
            <source>target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="228" />
            <source>team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="222" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="233" />
            <source>unit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="303" />
            <source>%1 sheets of %2 (%3 rows × %4 columns) and an assembly map</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" line="279" />
            <source>%n row(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="321" />
            <source>1 sheet %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="277" />
            <source>A table with one row per team, objective, key result, initiative and note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="88" />
            <source>As arranged on the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="90" />
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="108" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="236" />
            <source>CSV table (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="80" />
            <source>CSV table (spreadsheets, OKR tools)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="342" />
            <source>Choose a file to export to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="368" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="105" />
            <source>Comma, decimal point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="69" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="115" />
            <source>Export as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="239" />
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="365" />
            <source>Exported to %1, with these remarks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="123" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="318" />
            <source>Image of %1 × %2 pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="86" />
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="118" />
            <source>Layout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="117" />
            <source>Orientation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="120" />
            <source>Overlap:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="233" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="77" />
            <source>PDF poster (one sheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="78" />
            <source>PDF tiles to print on A4/A3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="79" />
            <source>PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="235" />
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="116" />
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="85" />
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="121" />
            <source>Resolution:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="104" />
            <source>Semicolon, decimal comma (French Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="122" />
            <source>Separator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="228" />
            <source>This file exists and will be replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="89" />
            <source>Tidy, by team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="119" />
            <source>Tile paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="345" />
            <source>the folder does not exist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingsChart</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="78" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InstructionsDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="58" />
            <source>%n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="61" />
            <source>No instructions for this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="52" />
            <source>Round %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="54" />
            <source>Round %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="68" />
            <source>Start the countdown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="78" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="77" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="475" />
            <source>Add a team first: objectives belong to a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="238" />
            <source>Cannot create a workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="265" />
            <source>Cannot open this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="298" />
            <source>Cannot save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="121" />
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="394" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="402" />
            <source>Every lane already holds its cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="127" />
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="263" />
            <source>Imported as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="124" />
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="233" />
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="241" />
            <source>New workshop saved in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="164" />
            <source>Not done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="369" />
            <source>Nothing to paste here: select an objective or a team first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="245" />
            <source>Open a workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="388" />
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="279" />
            <source>Save a copy as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="303" />
            <source>Saved a copy as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="493" />
            <source>Select %1 first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="234" />
            <source>Team 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="157" />
            <source>The checker is not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="188" />
            <source>Untitled workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="279" />
            <source>Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="245" />
            <source>Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="492" />
            <source>a key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="492" />
            <source>an objective</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewFromCaseDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/case_dialog.py" line="210" />
            <source>%n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/case_dialog.py" line="208" />
            <source>%n round(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="119" />
            <source>Case studies:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="87" />
            <source>Cases that could not be read:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="201" />
            <source>Choose a case study.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="111" />
            <source>Create workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="102" />
            <source>For the trainer only: the room should draft its own OKRs before seeing these</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="127" />
            <source>Language of the workshop:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="70" />
            <source>New workshop from a case study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="201" />
            <source>No case study is installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="99" />
            <source>Put the reference OKRs on the board (to prepare a session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="213" />
            <source>This case is not written in the chosen language.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevealDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="166" />
            <source>Checker findings, round by round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="144" />
            <source>Reference OKRs of the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="127" />
            <source>Reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="200" />
            <source>Reveal — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="235" />
            <source>The reference OKRs cannot be shown: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="220" />
            <source>This workshop is not based on a case study, so there are no reference OKRs to reveal. The chart below still shows how the drafts improved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="199" />
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="143" />
            <source>Your drafts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoundEditor</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="91" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="87" />
            <source>Edit round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="97" />
            <source>Instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="96" />
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="87" />
            <source>New round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="95" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoundTimer</name>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="134" />
            <source>+1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="135" />
            <source>+5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="136" />
            <source>End round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="233" />
            <source>No round running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="133" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="247" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="236" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="244" />
            <source>Time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="252" />
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoundsDock</name>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="93" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="116" />
            <source>Cards added, changed and removed since this snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="111" />
            <source>Compare…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="95" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="94" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="92" />
            <source>End round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="98" />
            <source>End the running round and keep a snapshot of the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="115" />
            <source>Export as poster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="107" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="451" />
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="117" />
            <source>Put the board back as it was (can be undone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="450" />
            <source>Rename snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="113" />
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="112" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="86" />
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="73" />
            <source>Rounds and snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="97" />
            <source>Show the round's instructions, then start its countdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="106" />
            <source>Snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="91" />
            <source>Start…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="96" />
            <source>Take snapshot now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="107" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="216" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="215" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="214" />
            <source>to do</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamRow</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="91" />
            <source>No objective drafted yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="96" />
            <source>No reference objective for this team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="93" />
            <source>No team of this name on the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="98" />
            <source>The case has no reference for this team.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="175" />
            <source>&amp;Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="104" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="109" />
            <source>&amp;Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="195" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="73" />
            <source>&amp;Export poster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="194" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="139" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="166" />
            <source>&amp;Fit board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="47" />
            <source>&amp;New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="56" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="106" />
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="82" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="93" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="183" />
            <source>&amp;Snap to grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="90" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="196" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="97" />
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="113" />
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="122" />
            <source>Fit &amp;lanes to their cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="263" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="65" />
            <source>Save a &amp;copy as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="130" />
            <source>Select &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="148" />
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="157" />
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="327" />
            <source>A team needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="371" />
            <source>Drop a key result on an objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="373" />
            <source>Drop an initiative on a key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="375" />
            <source>Drop an objective on a team lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/gestures.py" line="244" />
            <source>Drop the link on the objective or key result this objective serves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="398" />
            <source>New initiative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="396" />
            <source>New key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="409" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="406" />
            <source>New objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="417" />
            <source>Team %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="49" />
            <source>Aspirational</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="49" />
            <source>Committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="28" />
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="40" />
            <source>confidence %1/10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="36" />
            <source>from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="48" />
            <source>no owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="38" />
            <source>now %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>find</name>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="100" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="70" />
            <source>Close (Escape)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="60" />
            <source>Find cards (title, owner)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="73" />
            <source>Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="68" />
            <source>Next match (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="66" />
            <source>Previous match (Shift+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="98" />
            <source>no match</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="25" />
            <source>%1 errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="27" />
            <source>%1 infos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="26" />
            <source>%1 warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="25" />
            <source>1 error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="27" />
            <source>1 info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="26" />
            <source>1 warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="66" />
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>inspector</name>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="177" />
            <source>%1 cards selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="95" />
            <source>Aspirational</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="119" />
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="126" />
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="95" />
            <source>Committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="123" />
            <source>Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="121" />
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="100" />
            <source>Decrease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="112" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="118" />
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="100" />
            <source>Increase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="32" />
            <source>Initiative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="31" />
            <source>Key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="111" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="100" />
            <source>Maintain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="97" />
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="97" />
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="128" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" line="132" />
            <source>Not a number: write 45, 4,5 or 1 850</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="33" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="179" />
            <source>Nothing selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="30" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="110" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="130" />
            <source>Part of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="75" />
            <source>Select a card or a team lane to see its details here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="120" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="34" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="126" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="109" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="122" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" line="120" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="209" />
            <source>— top level —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lane</name>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" line="73" />
            <source>%1 notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" line="70" />
            <source>%1 objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" line="73" />
            <source>1 note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" line="70" />
            <source>1 objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" line="75" />
            <source>in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>palette</name>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="32" />
            <source>Drag anywhere: a free sticky note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="31" />
            <source>Drag onto a key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="29" />
            <source>Drag onto a team lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="30" />
            <source>Drag onto an objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="33" />
            <source>Drag onto the board: a new team lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="20" />
            <source>Initiative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="19" />
            <source>Key result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="21" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="18" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="22" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
