<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
    <context>
        <name>CaseBriefDock</name>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>As of</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="76" />
            <source>Case brief</source>
            <translation>Brief du cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="110" />
            <source>Facilitator notes</source>
            <translation>Notes d’animation</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="111" />
            <source>For the facilitator: what to challenge (hidden from the room)</source>
            <translation>Pour l’animation : ce qu’il faut challenger (caché aux participants)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="85" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="194" />
            <source>The case of this workshop is not installed here: %1</source>
            <translation>Le cas de cet atelier n’est pas installé ici : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="185" />
            <source>This workshop has no case brief.</source>
            <translation>Cet atelier n’a pas de brief.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" line="89" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="149" />
            <source>%1 added · %2 changed · %3 removed</source>
            <translation>Ajouts : %1 · modifications : %2 · suppressions : %3</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="178" />
            <source>(no team)</source>
            <translation>(sans équipe)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Added</source>
            <translation>Ajout</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Change</source>
            <translation>Changement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Changed</source>
            <translation>Modification</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="147" />
            <source>Compare “%1” with the board now</source>
            <translation>Comparer « %1 » avec le tableau actuel</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="213" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="212" />
            <source>Key result</source>
            <translation>Résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="153" />
            <source>No card changed since this snapshot.</source>
            <translation>Aucune carte n’a changé depuis cet instantané.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="214" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="211" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="176" />
            <source>Removed</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="210" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="159" />
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="227" />
            <source>alignment</source>
            <translation>alignement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="230" />
            <source>baseline</source>
            <translation>valeur de départ</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="234" />
            <source>confidence</source>
            <translation>confiance</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="232" />
            <source>current value</source>
            <translation>valeur actuelle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="224" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="229" />
            <source>direction</source>
            <translation>sens</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="236" />
            <source>key result</source>
            <translation>résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="225" />
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="220" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="235" />
            <source>objective</source>
            <translation>objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="226" />
            <source>owner</source>
            <translation>responsable</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="221" />
            <source>parent team</source>
            <translation>équipe parente</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="231" />
            <source>target</source>
            <translation>cible</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="228" />
            <source>team</source>
            <translation>équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="222" />
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="233" />
            <source>unit</source>
            <translation>unité</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" line="306" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n colonne</numerusform>
                <numerusform>%n colonnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" line="279" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" line="302" />
            <source>%n sheet(s) of %1 and an assembly map</source>
            <translation>
                <numerusform>%n feuille %1 et un plan d’assemblage</numerusform>
                <numerusform>%n feuilles %1 et un plan d’assemblage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="320" />
            <source>1 sheet %1</source>
            <translation>1 feuille %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="277" />
            <source>A table with one row per team, objective, key result, initiative and note.</source>
            <translation>Un tableau avec une ligne par équipe, objectif, résultat clé, initiative et note.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="88" />
            <source>As arranged on the board</source>
            <translation>Comme sur le tableau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="90" />
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="108" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="236" />
            <source>CSV table (*.csv)</source>
            <translation>Tableau CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="80" />
            <source>CSV table (spreadsheets, OKR tools)</source>
            <translation>Tableau CSV (tableurs, outils OKR)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="341" />
            <source>Choose a file to export to.</source>
            <translation>Choisissez le fichier où exporter.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="367" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="105" />
            <source>Comma, decimal point</source>
            <translation>Virgule, point décimal</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="69" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="115" />
            <source>Export as:</source>
            <translation>Exporter en :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="239" />
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="364" />
            <source>Exported to %1, with these remarks:</source>
            <translation>Exporté dans %1, avec ces remarques :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="123" />
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="317" />
            <source>Image of %1 × %2 pixels</source>
            <translation>Image de %1 × %2 pixels</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="86" />
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="118" />
            <source>Layout:</source>
            <translation>Disposition :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="117" />
            <source>Orientation:</source>
            <translation>Orientation :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="120" />
            <source>Overlap:</source>
            <translation>Recouvrement :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="233" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="77" />
            <source>PDF poster (one sheet)</source>
            <translation>Poster PDF (une seule feuille)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="78" />
            <source>PDF tiles to print on A4/A3</source>
            <translation>PDF en mosaïque à imprimer en A4/A3</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="79" />
            <source>PNG image</source>
            <translation>Image PNG</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="235" />
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="116" />
            <source>Paper:</source>
            <translation>Format du poster :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="85" />
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="121" />
            <source>Resolution:</source>
            <translation>Résolution :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="104" />
            <source>Semicolon, decimal comma (French Excel)</source>
            <translation>Point-virgule, virgule décimale (Excel en français)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="122" />
            <source>Separator:</source>
            <translation>Séparateur :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="228" />
            <source>This file exists and will be replaced.</source>
            <translation>Ce fichier existe déjà et sera remplacé.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="89" />
            <source>Tidy, by team</source>
            <translation>Rangé par équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="119" />
            <source>Tile paper:</source>
            <translation>Format des feuilles :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" line="344" />
            <source>the folder does not exist</source>
            <translation>le dossier n’existe pas</translation>
        </message>
    </context>
    <context>
        <name>FindingsChart</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Info</source>
            <translation>Infos</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="78" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" line="81" />
            <source>Warnings</source>
            <translation>Avertissements</translation>
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
            <translation>Pas de consigne pour ce tour.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="52" />
            <source>Round %1</source>
            <translation>Tour %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="54" />
            <source>Round %1 — %2</source>
            <translation>Tour %1 — %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="68" />
            <source>Start the countdown</source>
            <translation>Lancer le compte à rebours</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="79" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="78" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="407" />
            <source>Add a team first: objectives belong to a team</source>
            <translation>Ajoutez d’abord une équipe : chaque objectif appartient à une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="241" />
            <source>Cannot create a workshop</source>
            <translation>Impossible de créer un atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="268" />
            <source>Cannot open this file</source>
            <translation>Impossible d’ouvrir ce fichier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="301" />
            <source>Cannot save a copy</source>
            <translation>Impossible d’enregistrer une copie</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="123" />
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" line="112" />
            <source>Duplicate</source>
            <translation>la duplication</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="334" />
            <source>Every lane already holds its cards</source>
            <translation>Chaque couloir contient déjà toutes ses cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="129" />
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="266" />
            <source>Imported as %1</source>
            <translation>Importé dans %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="126" />
            <source>Inspector</source>
            <translation>Propriétés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="236" />
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="244" />
            <source>New workshop saved in %1</source>
            <translation>Nouvel atelier enregistré dans %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="166" />
            <source>Not done: %1</source>
            <translation>Impossible : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" line="87" />
            <source>Nothing to paste here: select an objective or a team first</source>
            <translation>Rien à coller ici : sélectionnez d’abord un objectif ou une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="248" />
            <source>Open a workshop</source>
            <translation>Ouvrir un atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" line="106" />
            <source>Paste</source>
            <translation>le collage</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="282" />
            <source>Save a copy as</source>
            <translation>Enregistrer une copie sous</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="306" />
            <source>Saved a copy as %1</source>
            <translation>Copie enregistrée sous %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="425" />
            <source>Select %1 first</source>
            <translation>Sélectionnez d’abord %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="237" />
            <source>Team 1</source>
            <translation>Équipe 1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="159" />
            <source>The checker is not available: %1</source>
            <translation>Le vérificateur n’est pas disponible : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="191" />
            <source>Untitled workshop</source>
            <translation>Atelier sans titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="282" />
            <source>Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)</source>
            <translation>Atelier (*.okrw);;Brouillon JSON (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="248" />
            <source>Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)</source>
            <translation>Ateliers (*.okrw);;Brouillons (*.json *.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="424" />
            <source>a key result</source>
            <translation>un résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" line="424" />
            <source>an objective</source>
            <translation>un objectif</translation>
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
                <numerusform>%n tour</numerusform>
                <numerusform>%n tours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="119" />
            <source>Case studies:</source>
            <translation>Études de cas :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="87" />
            <source>Cases that could not be read:</source>
            <translation>Cas illisibles :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="201" />
            <source>Choose a case study.</source>
            <translation>Choisissez une étude de cas.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="111" />
            <source>Create workshop</source>
            <translation>Créer l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="102" />
            <source>For the trainer only: the room should draft its own OKRs before seeing these</source>
            <translation>Réservé à l’animation : les participants rédigent d’abord leurs propres OKR, avant de découvrir ceux de référence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="127" />
            <source>Language of the workshop:</source>
            <translation>Langue de l’atelier :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="70" />
            <source>New workshop from a case study</source>
            <translation>Nouvel atelier à partir d’une étude de cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="201" />
            <source>No case study is installed.</source>
            <translation>Aucune étude de cas n’est installée.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="99" />
            <source>Put the reference OKRs on the board (to prepare a session)</source>
            <translation>Placer les OKR de référence sur le tableau (pour préparer une session)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" line="213" />
            <source>This case is not written in the chosen language.</source>
            <translation>Ce cas n’est pas rédigé dans la langue choisie.</translation>
        </message>
    </context>
    <context>
        <name>RevealDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="166" />
            <source>Checker findings, round by round</source>
            <translation>Constats du vérificateur, tour par tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="144" />
            <source>Reference OKRs of the case</source>
            <translation>OKR de référence du cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="127" />
            <source>Reveal</source>
            <translation>Dévoilement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="200" />
            <source>Reveal — %1</source>
            <translation>Dévoilement — %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="235" />
            <source>The reference OKRs cannot be shown: %1</source>
            <translation>Impossible d’afficher les OKR de référence : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="220" />
            <source>This workshop is not based on a case study, so there are no reference OKRs to reveal. The chart below still shows how the drafts improved.</source>
            <translation>Cet atelier ne repose pas sur une étude de cas : il n’y a donc pas d’OKR de référence à dévoiler. Le graphique ci-dessous montre tout de même comment vos OKR se sont améliorés.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="199" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="143" />
            <source>Your drafts</source>
            <translation>Vos OKR</translation>
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
            <translation>Modifier le tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="97" />
            <source>Instructions</source>
            <translation>Consignes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="96" />
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="87" />
            <source>New round</source>
            <translation>Nouveau tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" line="95" />
            <source>Title</source>
            <translation>Titre</translation>
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
            <translation>Finir le tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="233" />
            <source>No round running</source>
            <translation>Aucun tour en cours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="133" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="247" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="236" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="244" />
            <source>Time is up</source>
            <translation>Temps écoulé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" line="252" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
    </context>
    <context>
        <name>RoundsDock</name>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="93" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="116" />
            <source>Cards added, changed and removed since this snapshot</source>
            <translation>Cartes ajoutées, modifiées et supprimées depuis cet instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="111" />
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="95" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="94" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="92" />
            <source>End round</source>
            <translation>Finir le tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="98" />
            <source>End the running round and keep a snapshot of the board</source>
            <translation>Terminer le tour en cours et garder un instantané du tableau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="115" />
            <source>Export as poster…</source>
            <translation>Exporter en poster…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="107" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="460" />
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="117" />
            <source>Put the board back as it was (can be undone)</source>
            <translation>Remettre le tableau dans cet état (peut être annulé)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="459" />
            <source>Rename snapshot</source>
            <translation>Renommer l’instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="113" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="112" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>Round</source>
            <translation>Tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="86" />
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="73" />
            <source>Rounds and snapshots</source>
            <translation>Tours et instantanés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="97" />
            <source>Show the round's instructions, then start its countdown</source>
            <translation>Afficher les consignes du tour, puis lancer son compte à rebours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="106" />
            <source>Snapshots</source>
            <translation>Instantanés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="91" />
            <source>Start…</source>
            <translation>Lancer…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="87" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="96" />
            <source>Take snapshot now</source>
            <translation>Prendre un instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="107" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="216" />
            <source>done</source>
            <translation>fini</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="215" />
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" line="214" />
            <source>to do</source>
            <translation>à faire</translation>
        </message>
    </context>
    <context>
        <name>TeamRow</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="91" />
            <source>No objective drafted yet.</source>
            <translation>Aucun objectif rédigé pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="96" />
            <source>No reference objective for this team.</source>
            <translation>Pas d’objectif de référence pour cette équipe.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="93" />
            <source>No team of this name on the board.</source>
            <translation>Aucune équipe de ce nom sur le tableau.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" line="98" />
            <source>The case has no reference for this team.</source>
            <translation>Le cas ne prévoit pas de référence pour cette équipe.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFlow</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" line="115" />
            <source>Cannot create the workshop</source>
            <translation>Impossible de créer l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" line="136" />
            <source>Switch off rule %1</source>
            <translation>la désactivation de la règle %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" line="52" />
            <source>Timer</source>
            <translation>Minuteur</translation>
        </message>
    </context>
    <context>
        <name>WorkshopSettingsDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="132" />
            <source>Back to the profile's values</source>
            <translation>Revenir aux valeurs du profil</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="210" />
            <source>Change workshop settings</source>
            <translation>la modification des réglages de l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="56" />
            <source>Checker</source>
            <translation>Vérificateur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="82" />
            <source>Facilitator</source>
            <translation>Animé par</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="139" />
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="139" />
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="83" />
            <source>Language of the cards</source>
            <translation>Langue des cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="81" />
            <source>Period of the OKRs</source>
            <translation>Période des OKR</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="108" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="139" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="136" />
            <source>Rules (untick a rule to switch it off for this workshop)</source>
            <translation>Règles (décochez une règle pour la désactiver dans cet atelier)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="85" />
            <source>The checker reads the cards in this language (a card written in the other one is recognised), and posters print their labels in it.</source>
            <translation>Le vérificateur lit les cartes dans cette langue (une carte rédigée dans l’autre est reconnue) ; les posters impriment aussi leurs libellés dans cette langue.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="114" />
            <source>This workshop</source>
            <translation>Cet atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="114" />
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="80" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="55" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="44" />
            <source>Workshop settings</source>
            <translation>Réglages de l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="74" />
            <source>for example 2027-T1 or Q1 2027</source>
            <translation>par exemple T1 2027 ou 2027-T1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="160" />
            <source>key result</source>
            <translation>résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" line="159" />
            <source>objective</source>
            <translation>objectif</translation>
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
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="113" />
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="118" />
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="306" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="257" />
            <source>&amp;End the round and keep a snapshot</source>
            <translation>&amp;Terminer le tour et garder un instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="82" />
            <source>&amp;Export poster…</source>
            <translation>&amp;Exporter le poster…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="305" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="148" />
            <source>&amp;Find…</source>
            <translation>Rec&amp;hercher…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="175" />
            <source>&amp;Fit board</source>
            <translation>&amp;Voir tout le tableau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="47" />
            <source>&amp;New workshop</source>
            <translation>&amp;Nouvel atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="56" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="115" />
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="241" />
            <source>&amp;Pause or resume the timer</source>
            <translation>Mettre en &amp;pause ou reprendre le minuteur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="91" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="102" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="223" />
            <source>&amp;Rounds and snapshots</source>
            <translation>Tours et &amp;instantanés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="192" />
            <source>&amp;Snap to grid</source>
            <translation>Aligner sur la &amp;grille</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="232" />
            <source>&amp;Start the next round…</source>
            <translation>&amp;Lancer le tour suivant…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="99" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="307" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="308" />
            <source>&amp;Workshop</source>
            <translation>&amp;Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="213" />
            <source>Case &amp;brief</source>
            <translation>&amp;Brief du cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="106" />
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="122" />
            <source>De&amp;lete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="131" />
            <source>Fit &amp;lanes to their cards</source>
            <translation>A&amp;juster les couloirs à leurs cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="249" />
            <source>Give &amp;one more minute</source>
            <translation>Ajouter &amp;une minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="294" />
            <source>Interface in &amp;English</source>
            <translation>Interface en ang&amp;lais</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="284" />
            <source>Interface in &amp;French</source>
            <translation>Interface en &amp;français</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="375" />
            <source>Main</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="65" />
            <source>New workshop from a &amp;case study…</source>
            <translation>Nouvel atelier à partir d’une étude de &amp;cas…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="274" />
            <source>Presenter &amp;mode</source>
            <translation>&amp;Mode présentation</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="265" />
            <source>Re&amp;veal the reference OKRs…</source>
            <translation>&amp;Dévoiler les OKR de référence…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="74" />
            <source>Save a &amp;copy as…</source>
            <translation>Enregistrer une co&amp;pie sous…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="139" />
            <source>Select &amp;all</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="205" />
            <source>Workshop &amp;settings…</source>
            <translation>&amp;Réglages de l’atelier…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="157" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" line="166" />
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" line="345" />
            <source>A team needs a name</source>
            <translation>Une équipe doit avoir un nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="72" />
            <source>Add a team below</source>
            <translation>Ajouter une équipe en dessous</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="57" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="85" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="76" />
            <source>Delete team</source>
            <translation>Supprimer l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="99" />
            <source>Drop a key result on an objective</source>
            <translation>Déposez un résultat clé sur un objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="101" />
            <source>Drop an initiative on a key result</source>
            <translation>Déposez une initiative sur un résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="103" />
            <source>Drop an objective on a team lane</source>
            <translation>Déposez un objectif dans le couloir d’une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/gestures.py" line="244" />
            <source>Drop the link on the objective or key result this objective serves</source>
            <translation>Déposez le lien sur l’objectif ou le résultat clé auquel cet objectif contribue</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="79" />
            <source>Edit text</source>
            <translation>Modifier le texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="74" />
            <source>Fit to its cards</source>
            <translation>Ajuster à ses cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="126" />
            <source>New initiative</source>
            <translation>Nouvelle initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="124" />
            <source>New key result</source>
            <translation>Nouveau résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="137" />
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="134" />
            <source>New objective</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="64" />
            <source>Part of</source>
            <translation>Rattacher à</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="82" />
            <source>Remove alignment</source>
            <translation>Retirer l’alignement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="56" />
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" line="145" />
            <source>Team %1</source>
            <translation>Équipe %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" line="67" />
            <source>— top level —</source>
            <translation>— premier niveau —</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="49" />
            <source>Aspirational</source>
            <translation>Ambitieux</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="49" />
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="28" />
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="40" />
            <source>confidence %1/10</source>
            <translation>confiance %1/10</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="36" />
            <source>from %1</source>
            <translation>départ %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="48" />
            <source>no owner</source>
            <translation>sans responsable</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" line="38" />
            <source>now %1</source>
            <translation>actuel %1</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="222" />
            <source>%1 is aligned to this key result: it cannot go there</source>
            <translation>« %1 » est aligné sur ce résultat clé, qui ne peut donc pas aller là</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="39" />
            <source>Add card</source>
            <translation>l’ajout d’une carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="36" />
            <source>Add initiative</source>
            <translation>l’ajout de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="35" />
            <source>Add key result</source>
            <translation>l’ajout du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="37" />
            <source>Add note</source>
            <translation>l’ajout de la note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="34" />
            <source>Add objective</source>
            <translation>l’ajout de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="109" />
            <source>Add round “%1”</source>
            <translation>l’ajout du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="38" />
            <source>Add team</source>
            <translation>l’ajout d’une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="301" />
            <source>Align objective</source>
            <translation>l’alignement de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/workshop.py" line="21" />
            <source>Change workshop settings</source>
            <translation>la modification des réglages de l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="331" />
            <source>Delete %1 cards</source>
            <translation>la suppression de %1 cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="51" />
            <source>Delete card</source>
            <translation>la suppression de la carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="48" />
            <source>Delete initiative</source>
            <translation>la suppression de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="47" />
            <source>Delete key result</source>
            <translation>la suppression du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="49" />
            <source>Delete note</source>
            <translation>la suppression de la note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="46" />
            <source>Delete objective</source>
            <translation>la suppression de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="139" />
            <source>Delete round “%1”</source>
            <translation>la suppression du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="93" />
            <source>Delete snapshot “%1”</source>
            <translation>la suppression de l’instantané « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="50" />
            <source>Delete team</source>
            <translation>la suppression de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="45" />
            <source>Edit card</source>
            <translation>la modification de la carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="42" />
            <source>Edit initiative</source>
            <translation>la modification de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="41" />
            <source>Edit key result</source>
            <translation>la modification du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="43" />
            <source>Edit note</source>
            <translation>la modification de la note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="40" />
            <source>Edit objective</source>
            <translation>la modification de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="126" />
            <source>Edit round</source>
            <translation>la modification du tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="44" />
            <source>Edit team</source>
            <translation>la modification de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="56" />
            <source>End round “%1”</source>
            <translation>la fin du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="121" />
            <source>Fit lanes to their cards</source>
            <translation>l’ajustement des couloirs à leurs cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="133" />
            <source>Move %1 cards</source>
            <translation>le déplacement de %1 cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="133" />
            <source>Move card</source>
            <translation>le déplacement de la carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="267" />
            <source>Move initiative</source>
            <translation>le déplacement de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="240" />
            <source>Move key result to another objective</source>
            <translation>le déplacement du résultat clé vers un autre objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="280" />
            <source>Move objective to %1</source>
            <translation>le déplacement de l’objectif vers %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="87" />
            <source>Move team to the top level</source>
            <translation>le passage de l’équipe au premier niveau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="89" />
            <source>Nest team under %1</source>
            <translation>le rattachement de l’équipe à %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="67" />
            <source>Recolour team</source>
            <translation>le changement de couleur de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="301" />
            <source>Remove alignment</source>
            <translation>le retrait de l’alignement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="83" />
            <source>Rename snapshot</source>
            <translation>le renommage de l’instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="58" />
            <source>Rename team</source>
            <translation>le renommage de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="251" />
            <source>Reorder key results</source>
            <translation>le changement d’ordre des résultats clés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="85" />
            <source>Reorder teams</source>
            <translation>le changement d’ordre des équipes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="108" />
            <source>Resize team lane</source>
            <translation>le redimensionnement du couloir d’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="155" />
            <source>Restore snapshot “%1”</source>
            <translation>la restauration de l’instantané « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="43" />
            <source>Start round “%1”</source>
            <translation>le lancement du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="70" />
            <source>Take snapshot “%1”</source>
            <translation>la prise de l’instantané « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" line="292" />
            <source>Turn note into key result</source>
            <translation>la transformation de la note en résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="103" />
            <source>a round lasts at least one minute</source>
            <translation>un tour dure au moins une minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="101" />
            <source>a round needs a title</source>
            <translation>un tour doit avoir un titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" line="65" />
            <source>a snapshot needs a name</source>
            <translation>un instantané doit avoir un nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="76" />
            <source>a team cannot go inside itself</source>
            <translation>une équipe ne peut pas être rattachée à elle-même</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" line="55" />
            <source>a team needs a name</source>
            <translation>une équipe doit avoir un nom</translation>
        </message>
    </context>
    <context>
        <name>find</name>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="100" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="70" />
            <source>Close (Escape)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="60" />
            <source>Find cards (title, owner)…</source>
            <translation>Rechercher des cartes (titre, responsable)…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="73" />
            <source>Find:</source>
            <translation>Rechercher :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="68" />
            <source>Next match (Enter)</source>
            <translation>Résultat suivant (Entrée)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="66" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Résultat précédent (Maj+Entrée)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" line="98" />
            <source>no match</source>
            <translation>aucun résultat</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" line="33" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
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
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="100" />
            <source>Switch this rule off for this workshop (%1)</source>
            <translation>Désactiver cette règle dans cet atelier (%1)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" line="76" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
    </context>
    <context>
        <name>inspector</name>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="188" />
            <source>%1 cards selected</source>
            <translation>%1 cartes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="106" />
            <source>Aspirational</source>
            <translation>Ambitieux</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="130" />
            <source>Baseline</source>
            <translation>Valeur de départ</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="137" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="106" />
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="134" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="132" />
            <source>Current</source>
            <translation>Valeur actuelle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="111" />
            <source>Decrease</source>
            <translation>Diminuer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="123" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="129" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="111" />
            <source>Increase</source>
            <translation>Augmenter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="32" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="31" />
            <source>Key result</source>
            <translation>Résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="122" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="111" />
            <source>Maintain</source>
            <translation>Maintenir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="108" />
            <source>Metric</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="108" />
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="139" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" line="134" />
            <source>Not a number: write 45, 4,5 or 1 850</source>
            <translation>Ce n’est pas un nombre : écrivez 45, 4,5 ou 1 850</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="33" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="190" />
            <source>Nothing selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="30" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="121" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="141" />
            <source>Part of</source>
            <translation>Rattachée à</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="86" />
            <source>Select a card or a team lane to see its details here.</source>
            <translation>Sélectionnez une carte ou le couloir d’une équipe pour en voir le détail ici.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="131" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="34" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="137" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="120" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="133" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="41" />
            <source>free note</source>
            <translation>note libre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" line="122" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="46" />
            <source>top level</source>
            <translation>premier niveau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" line="220" />
            <source>— top level —</source>
            <translation>— premier niveau —</translation>
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
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" line="73" />
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
    </context>
    <context>
        <name>palette</name>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="32" />
            <source>Drag anywhere: a free sticky note</source>
            <translation>Glissez où vous voulez : une note libre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="31" />
            <source>Drag onto a key result</source>
            <translation>Glissez sur un résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="29" />
            <source>Drag onto a team lane</source>
            <translation>Glissez dans le couloir d’une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="30" />
            <source>Drag onto an objective</source>
            <translation>Glissez sur un objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="33" />
            <source>Drag onto the board: a new team lane</source>
            <translation>Glissez sur le tableau : un nouveau couloir d’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="20" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="19" />
            <source>Key result</source>
            <translation>Résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="21" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="18" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" line="22" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
    </context>
</TS>
