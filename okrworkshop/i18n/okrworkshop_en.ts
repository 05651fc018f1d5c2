<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>CaseBriefDock</name>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Case brief</source>
            <translation>Case brief</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Facilitator notes</source>
            <translation>Facilitator notes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>For the facilitator: what to challenge (hidden from the room)</source>
            <translation>For the facilitator: what to challenge (hidden from the room)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>The case of this workshop is not installed here: %1</source>
            <translation>The case of this workshop is not installed here: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>This workshop has no case brief.</source>
            <translation>This workshop has no case brief.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>%1 of the way</source>
            <translation>%1 of the way</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Delete the selected check-in</source>
            <translation>Delete the selected check-in</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>From %1 to %2</source>
            <translation>From %1 to %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>New check-in</source>
            <translation>New check-in</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Record the check-in</source>
            <translation>Record the check-in</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>What moved, what is in the way</source>
            <translation>What moved, what is in the way</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>confidence %1/10</source>
            <translation>confidence %1/10</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>now %1</source>
            <translation>now %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>“%1” is not a number: write 45, 4,5 or 1 850.</source>
            <translation>“%1” is not a number: write 45, 4,5 or 1 850.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>%1 added · %2 changed · %3 removed</source>
            <translation>%1 added · %2 changed · %3 removed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>(no team)</source>
            <translation>(no team)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Compare “%1” with the board now</source>
            <translation>Compare “%1” with the board now</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>No card changed since this snapshot.</source>
            <translation>No card changed since this snapshot.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>alignment</source>
            <translation>alignment</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>baseline</source>
            <translation>baseline</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>confidence</source>
            <translation>confidence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>current value</source>
            <translation>current value</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>direction</source>
            <translation>direction</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>key result</source>
            <translation>key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>objective</source>
            <translation>objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>parent team</source>
            <translation>parent team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>unit</source>
            <translation>unit</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%1 is a file, not a folder.</source>
            <translation>%1 is a file, not a folder.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%1 is a folder: type a file name after it.</source>
            <translation>%1 is a folder: type a file name after it.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%1 is not a name this system can use.</source>
            <translation>%1 is not a name this system can use.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n sheet(s) %1</source>
            <translation>
                <numerusform>%n sheet %1</numerusform>
                <numerusform>%n sheets %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n sheet(s) of %1 and an assembly map</source>
            <translation>
                <numerusform>%n sheet of %1 and an assembly map</numerusform>
                <numerusform>%n sheets of %1 and an assembly map</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>A table with one row per team, objective, key result, initiative and note.</source>
            <translation>A table with one row per team, objective, key result, initiative and note.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>As arranged on the board</source>
            <translation>As arranged on the board</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>CSV table (spreadsheets, OKR tools)</source>
            <translation>CSV table (spreadsheets, OKR tools)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Comma, decimal point</source>
            <translation>Comma, decimal point</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Designed for the wall (large type, several sheets if need be)</source>
            <translation>Designed for the wall (large type, several sheets if need be)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Export as:</source>
            <translation>Export as:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Image of %1 × %2 pixels</source>
            <translation>Image of %1 × %2 pixels</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>No application here could open %1</source>
            <translation>No application here could open %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Orientation:</source>
            <translation>Orientation:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Overlap:</source>
            <translation>Overlap:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PDF poster (one sheet)</source>
            <translation>PDF poster (one sheet)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PDF tiles to print on A4/A3</source>
            <translation>PDF tiles to print on A4/A3</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PNG image</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Resolution:</source>
            <translation>Resolution:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Semicolon, decimal comma (French Excel)</source>
            <translation>Semicolon, decimal comma (French Excel)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Separator:</source>
            <translation>Separator:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>This file exists and will be replaced.</source>
            <translation>This file exists and will be replaced.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Tidy, by team</source>
            <translation>Tidy, by team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Tile paper:</source>
            <translation>Tile paper:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Type the name of the file to write, or choose it with Browse…</source>
            <translation>Type the name of the file to write, or choose it with Browse…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Will be written as %1</source>
            <translation>Will be written as %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>With these remarks:</source>
            <translation>With these remarks:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Written: %1 in %2</source>
            <translation>Written: %1 in %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>workshop</source>
            <translation>workshop</translation>
        </message>
    </context>
    <context>
        <name>FindingsChart</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
    </context>
    <context>
        <name>InstructionsDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>No instructions for this round.</source>
            <translation>No instructions for this round.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Round %1</source>
            <translation>Round %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Round %1 — %2</source>
            <translation>Round %1 — %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Start the countdown</source>
            <translation>Start the countdown</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <location filename="../../okrworkshop/ui/launch.py" />
            <source>The last workshop could not be reopened (%1): here is the demo workshop.</source>
            <translation>The last workshop could not be reopened (%1): here is the demo workshop.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/launch.py" />
            <source>The last workshop, %1, is no longer in %2: here is the demo workshop.</source>
            <translation>The last workshop, %1, is no longer in %2: here is the demo workshop.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>%1 (not found)</source>
            <translation>%1 (not found)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>%1 is no longer there</source>
            <translation>%1 is no longer there</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Clear list</source>
            <translation>&amp;Clear list</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Recent workshops</source>
            <translation>&amp;Recent workshops</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Add a team first: objectives belong to a team</source>
            <translation>Add a team first: objectives belong to a team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cannot create a workshop</source>
            <translation>Cannot create a workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cannot open this file</source>
            <translation>Cannot open this file</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/followup_actions.py" />
            <source>Cannot prepare the next quarter</source>
            <translation>Cannot prepare the next quarter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cannot save a copy</source>
            <translation>Cannot save a copy</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Every lane already holds its cards</source>
            <translation>Every lane already holds its cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Imported as %1</source>
            <translation>Imported as %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>New workshop</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>New workshop saved in %1</source>
            <translation>New workshop saved in %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/followup_actions.py" />
            <source>Next quarter prepared in %1 — carried over: objectives %2, key results %3 (to adjust: %4); dropped cards left out: %5.</source>
            <translation>Next quarter prepared in %1 — carried over: objectives %2, key results %3 (to adjust: %4); dropped cards left out: %5.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>No recent workshops</source>
            <translation>No recent workshops</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Not done: %1</source>
            <translation>Not done: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" />
            <source>Nothing to paste here: select an objective or a team first</source>
            <translation>Nothing to paste here: select an objective or a team first</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Open a workshop</source>
            <translation>Open a workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" />
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Save a copy as</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Saved a copy as %1</source>
            <translation>Saved a copy as %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Select %1 first</source>
            <translation>Select %1 first</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/followup_actions.py" />
            <source>Select a key result to check it in.</source>
            <translation>Select a key result to check it in.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Team 1</source>
            <translation>Team 1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>The checker is not available: %1</source>
            <translation>The checker is not available: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>The list of recent workshops is empty</source>
            <translation>The list of recent workshops is empty</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>This workshop was left unfinished when the app stopped unexpectedly. It has been recovered to its last saved change; the file as it was found is kept in %1.</source>
            <translation>This workshop was left unfinished when the app stopped unexpectedly. It has been recovered to its last saved change; the file as it was found is kept in %1.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Untitled workshop</source>
            <translation>Untitled workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)</source>
            <translation>Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshop recovered</source>
            <translation>Workshop recovered</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)</source>
            <translation>Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>a key result</source>
            <translation>a key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>an objective</source>
            <translation>an objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>copy</source>
            <translation>copy</translation>
        </message>
    </context>
    <context>
        <name>NewFromCaseDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Case studies:</source>
            <translation>Case studies:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Cases that could not be read:</source>
            <translation>Cases that could not be read:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Choose a case study.</source>
            <translation>Choose a case study.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Create workshop</source>
            <translation>Create workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>For the trainer only: the room should draft its own OKRs before seeing these</source>
            <translation>For the trainer only: the room should draft its own OKRs before seeing these</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Language of the workshop:</source>
            <translation>Language of the workshop:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>New workshop from a case study</source>
            <translation>New workshop from a case study</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>No case study is installed.</source>
            <translation>No case study is installed.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Put the reference OKRs on the board (to prepare a session)</source>
            <translation>Put the reference OKRs on the board (to prepare a session)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>This case is not written in the chosen language.</source>
            <translation>This case is not written in the chosen language.</translation>
        </message>
    </context>
    <context>
        <name>RetrospectiveDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>A new workshop with the cards kept and adjusted, starting from where they got to</source>
            <translation>A new workshop with the cards kept and adjusted, starting from where they got to</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Adjust</source>
            <translation>Adjust</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Aspirational: green from %1 (the sweet spot), amber from %2, red below. Committed: green at %3 only, amber from %1, red below.</source>
            <translation>Aspirational: green from %1 (the sweet spot), amber from %2, red below. Committed: green at %3 only, amber from %1, red below.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Back to the computed score</source>
            <translation>Back to the computed score</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Computed from progress: type to change it</source>
            <translation>Computed from progress: type to change it</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Drop</source>
            <translation>Drop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Give every key result not yet scored the score its progress gives</source>
            <translation>Give every key result not yet scored the score its progress gives</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Next quarter</source>
            <translation>Next quarter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Prepare next quarter</source>
            <translation>Prepare next quarter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Retrospective</source>
            <translation>Retrospective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Score from progress</source>
            <translation>Score from progress</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>The team’s score</source>
            <translation>The team’s score</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>What the team learnt</source>
            <translation>What the team learnt</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>What worked, what did not, what the team does differently next quarter</source>
            <translation>What worked, what did not, what the team does differently next quarter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>amber</source>
            <translation>amber</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>aspirational</source>
            <translation>aspirational</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>committed</source>
            <translation>committed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>green</source>
            <translation>green</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>red</source>
            <translation>red</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>RevealDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Checker findings, round by round</source>
            <translation>Checker findings, round by round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Reference OKRs of the case</source>
            <translation>Reference OKRs of the case</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Reveal — %1</source>
            <translation>Reveal — %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>The reference OKRs cannot be shown: %1</source>
            <translation>The reference OKRs cannot be shown: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>This workshop is not based on a case study, so there are no reference OKRs to reveal. The chart below still shows how the drafts improved.</source>
            <translation>This workshop is not based on a case study, so there are no reference OKRs to reveal. The chart below still shows how the drafts improved.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Your drafts</source>
            <translation>Your drafts</translation>
        </message>
    </context>
    <context>
        <name>RoomActions</name>
        <message>
            <location filename="../../okrworkshop/ui/room_actions.py" />
            <source>The room could not open</source>
            <translation>The room could not open</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_actions.py" />
            <source>The room is open: %1</source>
            <translation>The room is open: %1</translation>
        </message>
    </context>
    <context>
        <name>RoomDock</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>%n participant(s) in the room</source>
            <translation>
                <numerusform>%n participant in the room</numerusform>
                <numerusform>%n participants in the room</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Close the vote, park the others</source>
            <translation>Close the vote, park the others</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Join code</source>
            <translation>Join code</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pages follow:</source>
            <translation>Pages follow:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pause writing for everyone</source>
            <translation>Pause writing for everyone</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pause writing for these teams</source>
            <translation>Pause writing for these teams</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pause writing for these teams:</source>
            <translation>Pause writing for these teams:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>QR code to join: %1</source>
            <translation>QR code to join: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Remove the selected participant</source>
            <translation>Remove the selected participant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Team every page follows</source>
            <translation>Team every page follows</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>The room</source>
            <translation>The room</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>There is no objective to vote on yet.</source>
            <translation>There is no objective to vote on yet.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Tick a team to pause its writing (its pages stay readable)</source>
            <translation>Tick a team to pause its writing (its pages stay readable)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Vote on the objectives</source>
            <translation>Vote on the objectives</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>dots: </source>
            <translation>dots: </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>keep: </source>
            <translation>keep: </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>— their own team —</source>
            <translation>— their own team —</translation>
        </message>
    </context>
    <context>
        <name>RoundEditor</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Edit round</source>
            <translation>Edit round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Instructions</source>
            <translation>Instructions</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>New round</source>
            <translation>New round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>RoundTimer</name>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>End round</source>
            <translation>End round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>No round running</source>
            <translation>No round running</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
    </context>
    <context>
        <name>RoundsDock</name>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>%n check-in(s) arrived with this round.</source>
            <translation>
                <numerusform>%n check-in arrived with this round.</numerusform>
                <numerusform>%n check-ins arrived with this round.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Cards added, changed and removed since this snapshot</source>
            <translation>Cards added, changed and removed since this snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Compare…</source>
            <translation>Compare…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>End round</source>
            <translation>End round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>End the running round and keep a snapshot of the board</source>
            <translation>End the running round and keep a snapshot of the board</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Export as poster…</source>
            <translation>Export as poster…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Put the board back as it was (can be undone)</source>
            <translation>Put the board back as it was (can be undone)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rename snapshot</source>
            <translation>Rename snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rounds</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rounds and snapshots</source>
            <translation>Rounds and snapshots</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Show the round's instructions, then start its countdown</source>
            <translation>Show the round's instructions, then start its countdown</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Snapshots</source>
            <translation>Snapshots</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Start…</source>
            <translation>Start…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Take snapshot now</source>
            <translation>Take snapshot now</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>to do</source>
            <translation>to do</translation>
        </message>
    </context>
    <context>
        <name>TeamRow</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>No objective drafted yet.</source>
            <translation>No objective drafted yet.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>No reference objective for this team.</source>
            <translation>No reference objective for this team.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>No team of this name on the board.</source>
            <translation>No team of this name on the board.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>The case has no reference for this team.</source>
            <translation>The case has no reference for this team.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFlow</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" />
            <source>Cannot create the workshop</source>
            <translation>Cannot create the workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" />
            <source>Switch off rule %1</source>
            <translation>Switch off rule %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
    </context>
    <context>
        <name>WorkshopSettingsDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Back to the profile's values</source>
            <translation>Back to the profile's values</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Change workshop settings</source>
            <translation>Change workshop settings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Checker</source>
            <translation>Checker</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Identifier</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Language of the cards</source>
            <translation>Language of the cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Period of the OKRs</source>
            <translation>Period of the OKRs</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Rules (untick a rule to switch it off for this workshop)</source>
            <translation>Rules (untick a rule to switch it off for this workshop)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>The checker reads the cards in this language (a card written in the other one is recognised), and posters print their labels in it.</source>
            <translation>The checker reads the cards in this language (a card written in the other one is recognised), and posters print their labels in it.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>This workshop</source>
            <translation>This workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Workshop settings</source>
            <translation>Workshop settings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>for example 2027-T1 or Q1 2027</source>
            <translation>for example 2027-T1 or Q1 2027</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>key result</source>
            <translation>key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>objective</source>
            <translation>objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>structure</source>
            <translation>structure</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Actual size</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Check in the key result…</source>
            <translation>&amp;Check in the key result…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicate</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;End the round and keep a snapshot</source>
            <translation>&amp;End the round and keep a snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Export poster…</source>
            <translation>&amp;Export poster…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Fit board</source>
            <translation>&amp;Fit board</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;New workshop</source>
            <translation>&amp;New workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Pause or resume the timer</source>
            <translation>&amp;Pause or resume the timer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Rounds and snapshots</source>
            <translation>&amp;Rounds and snapshots</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Snap to grid</source>
            <translation>&amp;Snap to grid</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Start the next round…</source>
            <translation>&amp;Start the next round…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Case &amp;brief</source>
            <translation>Case &amp;brief</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Fit &amp;lanes to their cards</source>
            <translation>Fit &amp;lanes to their cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Give &amp;one more minute</source>
            <translation>Give &amp;one more minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Interface in &amp;English</source>
            <translation>Interface in &amp;English</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Interface in &amp;French</source>
            <translation>Interface in &amp;French</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>New workshop from a &amp;case study…</source>
            <translation>New workshop from a &amp;case study…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Open the &amp;room (participants' devices)</source>
            <translation>Open the &amp;room (participants' devices)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Presenter &amp;mode</source>
            <translation>Presenter &amp;mode</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Re&amp;trospective of the quarter…</source>
            <translation>Re&amp;trospective of the quarter…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Re&amp;veal the reference OKRs…</source>
            <translation>Re&amp;veal the reference OKRs…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Save a &amp;copy as…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Select &amp;all</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Workshop &amp;settings…</source>
            <translation>Workshop &amp;settings…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" />
            <source>A team needs a name</source>
            <translation>A team needs a name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Add a team below</source>
            <translation>Add a team below</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Apply the suggested rewrite: %1</source>
            <translation>Apply the suggested rewrite: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Delete team</source>
            <translation>Delete team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Drop a key result on an objective</source>
            <translation>Drop a key result on an objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Drop an initiative on a key result</source>
            <translation>Drop an initiative on a key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Drop an objective on a team lane</source>
            <translation>Drop an objective on a team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/gestures.py" />
            <source>Drop the link on the objective or key result this objective serves</source>
            <translation>Drop the link on the objective or key result this objective serves</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Edit text</source>
            <translation>Edit text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Fit to its cards</source>
            <translation>Fit to its cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New initiative</source>
            <translation>New initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New key result</source>
            <translation>New key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New objective</source>
            <translation>New objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Remove alignment</source>
            <translation>Remove alignment</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Team %1</source>
            <translation>Team %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>— top level —</source>
            <translation>— top level —</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>Aspirational</source>
            <translation>Aspirational</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>confidence %1/10</source>
            <translation>confidence %1/10</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>no owner</source>
            <translation>no owner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>now %1</source>
            <translation>now %1</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>%1 is aligned to this key result: it cannot go there</source>
            <translation>%1 is aligned to this key result: it cannot go there</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add card</source>
            <translation>Add card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add initiative</source>
            <translation>Add initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add key result</source>
            <translation>Add key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add objective</source>
            <translation>Add objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Add round “%1”</source>
            <translation>Add round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add team</source>
            <translation>Add team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Adjust for next quarter</source>
            <translation>Adjust for next quarter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Align objective</source>
            <translation>Align objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/coach.py" />
            <source>Apply the suggested rewrite</source>
            <translation>Apply the suggested rewrite</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/workshop.py" />
            <source>Change workshop settings</source>
            <translation>Change workshop settings</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Check in key result</source>
            <translation>Check in key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Clear the decision</source>
            <translation>Clear the decision</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete %1 cards</source>
            <translation>Delete %1 cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete card</source>
            <translation>Delete card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Delete check-in</source>
            <translation>Delete check-in</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete initiative</source>
            <translation>Delete initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete key result</source>
            <translation>Delete key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete note</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete objective</source>
            <translation>Delete objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Delete round “%1”</source>
            <translation>Delete round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Delete snapshot “%1”</source>
            <translation>Delete snapshot “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete team</source>
            <translation>Delete team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Drop next quarter</source>
            <translation>Drop next quarter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit card</source>
            <translation>Edit card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit initiative</source>
            <translation>Edit initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit key result</source>
            <translation>Edit key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit objective</source>
            <translation>Edit objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Edit round</source>
            <translation>Edit round</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit team</source>
            <translation>Edit team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>End round “%1”</source>
            <translation>End round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Fit lanes to their cards</source>
            <translation>Fit lanes to their cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Keep for next quarter</source>
            <translation>Keep for next quarter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move %1 cards</source>
            <translation>Move %1 cards</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move card</source>
            <translation>Move card</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move initiative</source>
            <translation>Move initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move key result to another objective</source>
            <translation>Move key result to another objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move objective to %1</source>
            <translation>Move objective to %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Move team to the top level</source>
            <translation>Move team to the top level</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Nest team under %1</source>
            <translation>Nest team under %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Recolour team</source>
            <translation>Recolour team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Remove alignment</source>
            <translation>Remove alignment</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Rename snapshot</source>
            <translation>Rename snapshot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Rename team</source>
            <translation>Rename team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Reorder key results</source>
            <translation>Reorder key results</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Reorder teams</source>
            <translation>Reorder teams</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Resize team lane</source>
            <translation>Resize team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Restore snapshot “%1”</source>
            <translation>Restore snapshot “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Score from progress</source>
            <translation>Score from progress</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Score key result</source>
            <translation>Score key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Start round “%1”</source>
            <translation>Start round “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Take snapshot “%1”</source>
            <translation>Take snapshot “%1”</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Turn note into key result</source>
            <translation>Turn note into key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Write what the team learnt</source>
            <translation>Write what the team learnt</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>a check-in gives a value, a confidence or both</source>
            <translation>a check-in gives a value, a confidence or both</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>a round lasts at least one minute</source>
            <translation>a round lasts at least one minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>a round needs a title</source>
            <translation>a round needs a title</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>a snapshot needs a name</source>
            <translation>a snapshot needs a name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>a team cannot go inside itself</source>
            <translation>a team cannot go inside itself</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>a team needs a name</source>
            <translation>a team needs a name</translation>
        </message>
    </context>
    <context>
        <name>find</name>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Close (Escape)</source>
            <translation>Close (Escape)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Find cards (title, owner)…</source>
            <translation>Find cards (title, owner)…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Find:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>no match</source>
            <translation>no match</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>%n info(s)</source>
            <translation>
                <numerusform>%n info</numerusform>
                <numerusform>%n infos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Pick a finding marked ✎ to see the coach's rewrite.</source>
            <translation>Pick a finding marked ✎ to see the coach's rewrite.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Replace the card's text with the suggested rewrite (can be undone)</source>
            <translation>Replace the card's text with the suggested rewrite (can be undone)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Suggested: %1</source>
            <translation>Suggested: %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Switch this rule off for this workshop (%1)</source>
            <translation>Switch this rule off for this workshop (%1)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>and a key result: %1</source>
            <translation>and a key result: %1</translation>
        </message>
    </context>
    <context>
        <name>inspector</name>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>%1 cards selected</source>
            <translation>%1 cards selected</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Aspirational</source>
            <translation>Aspirational</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Decrease</source>
            <translation>Decrease</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Increase</source>
            <translation>Increase</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Maintain</source>
            <translation>Maintain</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" />
            <source>Not a number: write 45, 4,5 or 1 850</source>
            <translation>Not a number: write 45, 4,5 or 1 850</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Nothing selected</source>
            <translation>Nothing selected</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Select a card or a team lane to see its details here.</source>
            <translation>Select a card or a team lane to see its details here.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>free note</source>
            <translation>free note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>top level</source>
            <translation>top level</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>— top level —</source>
            <translation>— top level —</translation>
        </message>
    </context>
    <context>
        <name>lane</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/canvas/items/lane.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/canvas/items/lane.py" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" />
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
    </context>
    <context>
        <name>palette</name>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag anywhere: a free sticky note</source>
            <translation>Drag anywhere: a free sticky note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto a key result</source>
            <translation>Drag onto a key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto a team lane</source>
            <translation>Drag onto a team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto an objective</source>
            <translation>Drag onto an objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto the board: a new team lane</source>
            <translation>Drag onto the board: a new team lane</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Key result</source>
            <translation>Key result</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
    </context>
    <context>
        <name>room</name>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: add the initiative %2</source>
            <translation>%1: add the initiative %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: add the key result %2</source>
            <translation>%1: add the key result %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: add the objective %2</source>
            <translation>%1: add the objective %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: change %2</source>
            <translation>%1: change %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: delete %2</source>
            <translation>%1: delete %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: edit %2</source>
            <translation>%1: edit %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: move %2</source>
            <translation>%1: move %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>A team</source>
            <translation>A team</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>Vote: keep %1, move the others to the parking lot</source>
            <translation>Vote: keep %1, move the others to the parking lot</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
    </context>
</TS>
