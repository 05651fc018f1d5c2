<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
    <context>
        <name>CaseBriefDock</name>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>As of</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Case brief</source>
            <translation>Brief du cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Facilitator notes</source>
            <translation>Notes d’animation</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>For the facilitator: what to challenge (hidden from the room)</source>
            <translation>Pour l’animation : les pièges à repérer, les questions à poser (caché aux participants)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>The case of this workshop is not installed here: %1</source>
            <translation>Le cas de cet atelier n’est pas installé ici : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>This workshop has no case brief.</source>
            <translation>Cet atelier n’a pas de brief.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_brief.py" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>%1 of the way</source>
            <translation>%1 du chemin</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Check-in</source>
            <translation>Point d’étape</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Delete the selected check-in</source>
            <translation>Supprimer le point d’étape choisi</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>From %1 to %2</source>
            <translation>De %1 à %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>New check-in</source>
            <translation>Nouveau point d’étape</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Record the check-in</source>
            <translation>Enregistrer le point d’étape</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>What moved, what is in the way</source>
            <translation>Ce qui a bougé, ce qui bloque</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>confidence %1/10</source>
            <translation>confiance %1/10</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>now %1</source>
            <translation>actuel %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/check_in_dialog.py" />
            <source>“%1” is not a number: write 45, 4,5 or 1 850.</source>
            <translation>« %1 » n’est pas un nombre : écrivez 45, 4,5 ou 1 850.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>%1 added · %2 changed · %3 removed</source>
            <translation>Ajouts : %1 · modifications : %2 · suppressions : %3</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>(no team)</source>
            <translation>(sans équipe)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Added</source>
            <translation>Ajout</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Change</source>
            <translation>Changement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Changed</source>
            <translation>Modification</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Compare “%1” with the board now</source>
            <translation>Comparer « %1 » avec le tableau actuel</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Key result</source>
            <translation>Résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>No card changed since this snapshot.</source>
            <translation>Aucune carte n’a changé depuis cet instantané.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Removed</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>alignment</source>
            <translation>alignement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>baseline</source>
            <translation>point de départ</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>confidence</source>
            <translation>confiance</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>current value</source>
            <translation>valeur actuelle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>direction</source>
            <translation>sens</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>key result</source>
            <translation>résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>objective</source>
            <translation>objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>owner</source>
            <translation>responsable</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>parent team</source>
            <translation>équipe parente</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>target</source>
            <translation>cible</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>team</source>
            <translation>équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>unit</source>
            <translation>unité</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%1 is a file, not a folder.</source>
            <translation>%1 est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%1 is a folder: type a file name after it.</source>
            <translation>%1 est un dossier : tapez un nom de fichier à la suite.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%1 is not a name this system can use.</source>
            <translation>%1 n’est pas un nom utilisable sur ce système.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n colonne</numerusform>
                <numerusform>%n colonnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n sheet(s) %1</source>
            <translation>
                <numerusform>%n feuille %1</numerusform>
                <numerusform>%n feuilles %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>%n sheet(s) of %1 and an assembly map</source>
            <translation>
                <numerusform>%n feuille %1 et un plan d’assemblage</numerusform>
                <numerusform>%n feuilles %1 et un plan d’assemblage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>A table with one row per team, objective, key result, initiative and note.</source>
            <translation>Un tableau avec une ligne par équipe, objectif, résultat clé, initiative et note.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>As arranged on the board</source>
            <translation>Comme sur le tableau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>CSV table (*.csv)</source>
            <translation>Tableau CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>CSV table (spreadsheets, OKR tools)</source>
            <translation>Tableau CSV (tableurs, outils OKR)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Comma, decimal point</source>
            <translation>Virgule, point décimal</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Designed for the wall (large type, several sheets if need be)</source>
            <translation>Conçue pour le mur (grands caractères, sur plusieurs feuilles s’il le faut)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Export as:</source>
            <translation>Exporter en :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Image of %1 × %2 pixels</source>
            <translation>Image de %1 × %2 pixels</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Layout:</source>
            <translation>Disposition :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>No application here could open %1</source>
            <translation>Aucune application de cet ordinateur ne sait ouvrir %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Orientation:</source>
            <translation>Orientation :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Overlap:</source>
            <translation>Chevauchement :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PDF poster (one sheet)</source>
            <translation>Affiche PDF (une seule feuille)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PDF tiles to print on A4/A3</source>
            <translation>PDF en mosaïque à imprimer en A4/A3</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PNG image</source>
            <translation>Image PNG</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Paper:</source>
            <translation>Format de l’affiche :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Resolution:</source>
            <translation>Résolution :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Semicolon, decimal comma (French Excel)</source>
            <translation>Point-virgule, virgule décimale (Excel en français)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Separator:</source>
            <translation>Séparateur :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>This file exists and will be replaced.</source>
            <translation>Ce fichier existe déjà et sera remplacé.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Tidy, by team</source>
            <translation>Rangé par équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Tile paper:</source>
            <translation>Format des feuilles :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Type the name of the file to write, or choose it with Browse…</source>
            <translation>Tapez le nom du fichier à écrire, ou choisissez-le avec Parcourir…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Will be written as %1</source>
            <translation>Sera écrit sous le nom %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>With these remarks:</source>
            <translation>Avec ces remarques :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>Written: %1 in %2</source>
            <translation>Écrit : %1 dans %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/export_dialog.py" />
            <source>workshop</source>
            <translation>atelier</translation>
        </message>
    </context>
    <context>
        <name>FindingsChart</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Info</source>
            <translation>Infos</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_chart.py" />
            <source>Warnings</source>
            <translation>Avertissements</translation>
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
            <translation>Pas de consigne pour ce tour.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Round %1</source>
            <translation>Tour %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Round %1 — %2</source>
            <translation>Tour %1 — %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Start the countdown</source>
            <translation>Lancer le compte à rebours</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <location filename="../../okrworkshop/ui/launch.py" />
            <source>The last workshop could not be reopened (%1): here is the demo workshop.</source>
            <translation>Le dernier atelier n’a pas pu être rouvert (%1) : voici l’atelier de démonstration.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/launch.py" />
            <source>The last workshop, %1, is no longer in %2: here is the demo workshop.</source>
            <translation>Le dernier atelier, %1, n’est plus dans %2 : voici l’atelier de démonstration.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>%1 (not found)</source>
            <translation>%1 (introuvable)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>%1 is no longer there</source>
            <translation>%1 n’est plus là</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Clear list</source>
            <translation>&amp;Vider la liste</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Recent workshops</source>
            <translation>Ateliers &amp;récents</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Add a team first: objectives belong to a team</source>
            <translation>Ajoutez d’abord une équipe : chaque objectif appartient à une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cannot create a workshop</source>
            <translation>Impossible de créer un atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cannot open this file</source>
            <translation>Impossible d’ouvrir ce fichier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/followup_actions.py" />
            <source>Cannot prepare the next quarter</source>
            <translation>Impossible de préparer le trimestre suivant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cannot save a copy</source>
            <translation>Impossible d’enregistrer une copie</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" />
            <source>Duplicate</source>
            <translation>la duplication</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Every lane already holds its cards</source>
            <translation>Chaque couloir contient déjà toutes ses cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Exported to %1</source>
            <translation>Exporté vers %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Imported as %1</source>
            <translation>Importé dans %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Inspector</source>
            <translation>Propriétés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>New workshop saved in %1</source>
            <translation>Nouvel atelier enregistré dans %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/followup_actions.py" />
            <source>Next quarter prepared in %1 — carried over: objectives %2, key results %3 (to adjust: %4); dropped cards left out: %5.</source>
            <translation>Trimestre suivant préparé dans %1 — repris : objectifs %2, résultats clés %3 (à ajuster : %4) ; cartes abandonnées laissées de côté : %5.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>No recent workshops</source>
            <translation>Aucun atelier récent</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Not done: %1</source>
            <translation>Impossible : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" />
            <source>Nothing to paste here: select an objective or a team first</source>
            <translation>Rien à coller ici : sélectionnez d’abord un objectif ou une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Open a workshop</source>
            <translation>Ouvrir un atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/clipboard_actions.py" />
            <source>Paste</source>
            <translation>le collage</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Save a copy as</source>
            <translation>Enregistrer une copie sous</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Saved a copy as %1</source>
            <translation>Copie enregistrée sous %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Select %1 first</source>
            <translation>Sélectionnez d’abord %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/followup_actions.py" />
            <source>Select a key result to check it in.</source>
            <translation>Choisissez un résultat clé pour faire son point d’étape.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Team 1</source>
            <translation>Équipe 1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>The checker is not available: %1</source>
            <translation>Le vérificateur n’est pas disponible : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>The list of recent workshops is empty</source>
            <translation>La liste des ateliers récents est vide</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>This workshop was left unfinished when the app stopped unexpectedly. It has been recovered to its last saved change; the file as it was found is kept in %1.</source>
            <translation>Cet atelier est resté inachevé quand l’application s’est arrêtée brutalement. Il a été récupéré dans son dernier état enregistré ; le fichier tel qu’il a été trouvé est conservé dans %1.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Untitled workshop</source>
            <translation>Atelier sans titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshop (*.okrw);;JSON draft (*.json);;CSV (*.csv)</source>
            <translation>Atelier (*.okrw);;Brouillon JSON (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshop recovered</source>
            <translation>Atelier récupéré</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>Workshops (*.okrw);;Drafts (*.json *.csv);;All files (*)</source>
            <translation>Ateliers (*.okrw);;Brouillons (*.json *.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>a key result</source>
            <translation>un résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>an objective</source>
            <translation>un objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/main_window.py" />
            <source>copy</source>
            <translation>copie</translation>
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
                <numerusform>%n tour</numerusform>
                <numerusform>%n tours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Case studies:</source>
            <translation>Études de cas :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Cases that could not be read:</source>
            <translation>Cas illisibles :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Choose a case study.</source>
            <translation>Choisissez une étude de cas.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Create workshop</source>
            <translation>Créer l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>For the trainer only: the room should draft its own OKRs before seeing these</source>
            <translation>Réservé à l’animation : les participants rédigent d’abord leurs propres OKR, avant de découvrir ceux de référence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Language of the workshop:</source>
            <translation>Langue de l’atelier :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>New workshop from a case study</source>
            <translation>Nouvel atelier à partir d’une étude de cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>No case study is installed.</source>
            <translation>Aucune étude de cas n’est installée.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>Put the reference OKRs on the board (to prepare a session)</source>
            <translation>Placer les OKR de référence sur le tableau (pour préparer une session)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/case_dialog.py" />
            <source>This case is not written in the chosen language.</source>
            <translation>Ce cas n’est pas rédigé dans la langue choisie.</translation>
        </message>
    </context>
    <context>
        <name>RetrospectiveDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>A new workshop with the cards kept and adjusted, starting from where they got to</source>
            <translation>Un nouvel atelier avec les cartes gardées et ajustées, qui repartent de là où elles en sont</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Adjust</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Aspirational: green from %1 (the sweet spot), amber from %2, red below. Committed: green at %3 only, amber from %1, red below.</source>
            <translation>Ambitieux : vert dès %1 (le bon score), orange dès %2, rouge en dessous. Engagé : vert à %3 seulement, orange dès %1, rouge en dessous.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Back to the computed score</source>
            <translation>Revenir à la note calculée</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Computed from progress: type to change it</source>
            <translation>Calculée d’après l’avancement : tapez une note pour la changer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Drop</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Give every key result not yet scored the score its progress gives</source>
            <translation>Donner à chaque résultat clé pas encore noté la note que donne son avancement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Next quarter</source>
            <translation>Trimestre suivant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Prepare next quarter</source>
            <translation>Préparer le trimestre suivant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Retrospective</source>
            <translation>Rétrospective</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Score from progress</source>
            <translation>Noter d’après l’avancement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>The team’s score</source>
            <translation>La note de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>What the team learnt</source>
            <translation>Ce que l’équipe a appris</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>What worked, what did not, what the team does differently next quarter</source>
            <translation>Ce qui a marché, ce qui n’a pas marché, ce que l’équipe fera autrement au prochain trimestre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>amber</source>
            <translation>orange</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>aspirational</source>
            <translation>ambitieux</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>committed</source>
            <translation>engagé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>green</source>
            <translation>vert</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/retrospective.py" />
            <source>red</source>
            <translation>rouge</translation>
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
            <translation>Constats du vérificateur, tour par tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Reference OKRs of the case</source>
            <translation>OKR de référence du cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Reveal</source>
            <translation>Comparaison avec la référence</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Reveal — %1</source>
            <translation>Comparaison avec la référence — %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>The reference OKRs cannot be shown: %1</source>
            <translation>Impossible d’afficher les OKR de référence : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>This workshop is not based on a case study, so there are no reference OKRs to reveal. The chart below still shows how the drafts improved.</source>
            <translation>Cet atelier ne repose pas sur une étude de cas : il n’y a donc pas d’OKR de référence à dévoiler. Le graphique ci-dessous montre tout de même comment vos OKR se sont améliorés.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>Your drafts</source>
            <translation>Vos OKR</translation>
        </message>
    </context>
    <context>
        <name>RoomActions</name>
        <message>
            <location filename="../../okrworkshop/ui/room_actions.py" />
            <source>The room could not open</source>
            <translation>La salle n’a pas pu ouvrir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_actions.py" />
            <source>The room is open: %1</source>
            <translation>La salle est ouverte : %1</translation>
        </message>
    </context>
    <context>
        <name>RoomDock</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>%n participant(s) in the room</source>
            <translation>
                <numerusform>%n participant dans la salle</numerusform>
                <numerusform>%n participants dans la salle</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Close the vote, park the others</source>
            <translation>Clore le vote, mettre le reste au parking</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Join code</source>
            <translation>Code pour rejoindre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pages follow:</source>
            <translation>Les pages suivent :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pause writing for everyone</source>
            <translation>Mettre l’écriture en pause pour tous</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pause writing for these teams</source>
            <translation>Mettre l’écriture en pause pour ces équipes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Pause writing for these teams:</source>
            <translation>Mettre l’écriture en pause pour ces équipes :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>QR code to join: %1</source>
            <translation>QR code pour rejoindre : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Remove the selected participant</source>
            <translation>Retirer le participant choisi</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Team every page follows</source>
            <translation>Équipe que toutes les pages suivent</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>The room</source>
            <translation>La salle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>There is no objective to vote on yet.</source>
            <translation>Il n’y a pas encore d’objectif à voter.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Tick a team to pause its writing (its pages stay readable)</source>
            <translation>Cochez une équipe pour mettre son écriture en pause (ses pages restent lisibles)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>Vote on the objectives</source>
            <translation>Voter sur les objectifs</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>dots: </source>
            <translation>gommettes : </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>keep: </source>
            <translation>garder : </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_dock.py" />
            <source>— their own team —</source>
            <translation>— leur propre équipe —</translation>
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
            <translation>Modifier le tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Instructions</source>
            <translation>Consignes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>New round</source>
            <translation>Nouveau tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_dialogs.py" />
            <source>Title</source>
            <translation>Titre</translation>
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
            <translation>Terminer le tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>No round running</source>
            <translation>Aucun tour en cours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Time is up</source>
            <translation>Temps écoulé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_timer.py" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
    </context>
    <context>
        <name>RoundsDock</name>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>%n check-in(s) arrived with this round.</source>
            <translation>
                <numerusform>%n point d’étape est arrivé avec ce tour.</numerusform>
                <numerusform>%n points d’étape sont arrivés avec ce tour.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Cards added, changed and removed since this snapshot</source>
            <translation>Cartes ajoutées, modifiées et supprimées depuis cet instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>End round</source>
            <translation>Terminer le tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>End the running round and keep a snapshot of the board</source>
            <translation>Terminer le tour en cours et garder un instantané du tableau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Export as poster…</source>
            <translation>Exporter en affiche…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Put the board back as it was (can be undone)</source>
            <translation>Remettre le tableau dans cet état (peut être annulé)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rename snapshot</source>
            <translation>Renommer l’instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Round</source>
            <translation>Tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Rounds and snapshots</source>
            <translation>Tours et instantanés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Show the round's instructions, then start its countdown</source>
            <translation>Afficher les consignes du tour, puis lancer son compte à rebours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Snapshots</source>
            <translation>Instantanés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Start…</source>
            <translation>Lancer…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Take snapshot now</source>
            <translation>Prendre un instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>done</source>
            <translation>fini</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/round_panel.py" />
            <source>to do</source>
            <translation>à faire</translation>
        </message>
    </context>
    <context>
        <name>TeamRow</name>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>No objective drafted yet.</source>
            <translation>Aucun objectif rédigé pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>No reference objective for this team.</source>
            <translation>Pas d’objectif de référence pour cette équipe.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>No team of this name on the board.</source>
            <translation>Aucune équipe de ce nom sur le tableau.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/reveal_view.py" />
            <source>The case has no reference for this team.</source>
            <translation>Le cas ne prévoit pas de référence pour cette équipe.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFlow</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" />
            <source>Cannot create the workshop</source>
            <translation>Impossible de créer l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" />
            <source>Switch off rule %1</source>
            <translation>la désactivation de la règle %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_flow.py" />
            <source>Timer</source>
            <translation>Minuteur</translation>
        </message>
    </context>
    <context>
        <name>WorkshopSettingsDialog</name>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Back to the profile's values</source>
            <translation>Revenir aux valeurs du profil</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Change workshop settings</source>
            <translation>la modification des réglages de l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Checker</source>
            <translation>Vérificateur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Facilitator</source>
            <translation>Animé par</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Language of the cards</source>
            <translation>Langue des cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Period of the OKRs</source>
            <translation>Période des OKR</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Rules (untick a rule to switch it off for this workshop)</source>
            <translation>Règles (décochez une règle pour la désactiver dans cet atelier)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>The checker reads the cards in this language (a card written in the other one is recognised), and posters print their labels in it.</source>
            <translation>Le vérificateur lit les cartes dans cette langue (une carte rédigée dans l’autre est reconnue) ; les affiches impriment aussi leurs libellés dans cette langue.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>This workshop</source>
            <translation>Cet atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>Workshop settings</source>
            <translation>Réglages de l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>for example 2027-T1 or Q1 2027</source>
            <translation>par exemple T1 2027 ou 2027-T1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>key result</source>
            <translation>résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/workshop_settings.py" />
            <source>objective</source>
            <translation>objectif</translation>
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
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Check in the key result…</source>
            <translation>&amp;Point d’étape du résultat clé…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;End the round and keep a snapshot</source>
            <translation>&amp;Terminer le tour et garder un instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Export poster…</source>
            <translation>&amp;Exporter l’affiche…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Find…</source>
            <translation>Rec&amp;hercher…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Fit board</source>
            <translation>&amp;Voir tout le tableau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;New workshop</source>
            <translation>&amp;Nouvel atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Pause or resume the timer</source>
            <translation>Mettre en &amp;pause ou reprendre le minuteur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Rounds and snapshots</source>
            <translation>Tours et &amp;instantanés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Snap to grid</source>
            <translation>Aligner sur la &amp;grille</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Start the next round…</source>
            <translation>&amp;Lancer le tour suivant…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>&amp;Workshop</source>
            <translation>&amp;Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Case &amp;brief</source>
            <translation>&amp;Brief du cas</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>De&amp;lete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Fit &amp;lanes to their cards</source>
            <translation>A&amp;juster les couloirs à leurs cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Give &amp;one more minute</source>
            <translation>Ajouter &amp;une minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Interface in &amp;English</source>
            <translation>Interface en ang&amp;lais</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Interface in &amp;French</source>
            <translation>Interface en &amp;français</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Main</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>New workshop from a &amp;case study…</source>
            <translation>Nouvel atelier à partir d’une étude de &amp;cas…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Open the &amp;room (participants' devices)</source>
            <translation>Ouvrir la &amp;salle (appareils des participants)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Presenter &amp;mode</source>
            <translation>&amp;Mode présentation</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Re&amp;trospective of the quarter…</source>
            <translation>Ré&amp;trospective du trimestre…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Re&amp;veal the reference OKRs…</source>
            <translation>&amp;Dévoiler les OKR de référence…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Save a &amp;copy as…</source>
            <translation>Enregistrer une co&amp;pie sous…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Select &amp;all</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Workshop &amp;settings…</source>
            <translation>&amp;Réglages de l’atelier…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/actions.py" />
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <location filename="../../okrworkshop/canvas/interactions.py" />
            <source>A team needs a name</source>
            <translation>Une équipe doit avoir un nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Add a team below</source>
            <translation>Ajouter une équipe en dessous</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Apply the suggested rewrite: %1</source>
            <translation>Appliquer la réécriture proposée : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Delete team</source>
            <translation>Supprimer l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Drop a key result on an objective</source>
            <translation>Déposez un résultat clé sur un objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Drop an initiative on a key result</source>
            <translation>Déposez une initiative sur un résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Drop an objective on a team lane</source>
            <translation>Déposez un objectif dans le couloir d’une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/gestures.py" />
            <source>Drop the link on the objective or key result this objective serves</source>
            <translation>Déposez le lien sur l’objectif ou le résultat clé auquel cet objectif contribue</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Edit text</source>
            <translation>Modifier le texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Fit to its cards</source>
            <translation>Ajuster à ses cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New initiative</source>
            <translation>Nouvelle initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New key result</source>
            <translation>Nouveau résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>New objective</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Part of</source>
            <translation>Rattacher à</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Remove alignment</source>
            <translation>Retirer l’alignement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/drops.py" />
            <source>Team %1</source>
            <translation>Équipe %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/context_menu.py" />
            <source>— top level —</source>
            <translation>— premier niveau —</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>Aspirational</source>
            <translation>Ambitieux</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>confidence %1/10</source>
            <translation>confiance %1/10</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>from %1</source>
            <translation>départ %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>no owner</source>
            <translation>sans responsable</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/labels.py" />
            <source>now %1</source>
            <translation>actuel %1</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>%1 is aligned to this key result: it cannot go there</source>
            <translation>« %1 » est aligné sur ce résultat clé, qui ne peut donc pas aller là</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add card</source>
            <translation>l’ajout d’une carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add initiative</source>
            <translation>l’ajout de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add key result</source>
            <translation>l’ajout du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add note</source>
            <translation>l’ajout de la note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add objective</source>
            <translation>l’ajout de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Add round “%1”</source>
            <translation>l’ajout du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Add team</source>
            <translation>l’ajout d’une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Adjust for next quarter</source>
            <translation>la décision « à ajuster » pour le prochain trimestre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Align objective</source>
            <translation>l’alignement de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/coach.py" />
            <source>Apply the suggested rewrite</source>
            <translation>Appliquer la réécriture proposée</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/workshop.py" />
            <source>Change workshop settings</source>
            <translation>la modification des réglages de l’atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Check in key result</source>
            <translation>le point d’étape du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Clear the decision</source>
            <translation>l’effacement de la décision</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete %1 cards</source>
            <translation>la suppression de %1 cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete card</source>
            <translation>la suppression de la carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Delete check-in</source>
            <translation>la suppression du point d’étape</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete initiative</source>
            <translation>la suppression de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete key result</source>
            <translation>la suppression du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete note</source>
            <translation>la suppression de la note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete objective</source>
            <translation>la suppression de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Delete round “%1”</source>
            <translation>la suppression du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Delete snapshot “%1”</source>
            <translation>la suppression de l’instantané « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Delete team</source>
            <translation>la suppression de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Drop next quarter</source>
            <translation>la décision « à abandonner » au prochain trimestre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit card</source>
            <translation>la modification de la carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit initiative</source>
            <translation>la modification de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit key result</source>
            <translation>la modification du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit note</source>
            <translation>la modification de la note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit objective</source>
            <translation>la modification de l’objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Edit round</source>
            <translation>la modification du tour</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Edit team</source>
            <translation>la modification de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>End round “%1”</source>
            <translation>la fin du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Fit lanes to their cards</source>
            <translation>l’ajustement des couloirs à leurs cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Keep for next quarter</source>
            <translation>la décision « à garder » pour le prochain trimestre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move %1 cards</source>
            <translation>le déplacement de %1 cartes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move card</source>
            <translation>le déplacement de la carte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move initiative</source>
            <translation>le déplacement de l’initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move key result to another objective</source>
            <translation>le déplacement du résultat clé vers un autre objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Move objective to %1</source>
            <translation>le déplacement de l’objectif vers %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Move team to the top level</source>
            <translation>le passage de l’équipe au premier niveau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Nest team under %1</source>
            <translation>le rattachement de l’équipe à %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Recolour team</source>
            <translation>le changement de couleur de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Remove alignment</source>
            <translation>le retrait de l’alignement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Rename snapshot</source>
            <translation>le renommage de l’instantané</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Rename team</source>
            <translation>le renommage de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Reorder key results</source>
            <translation>le changement d’ordre des résultats clés</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Reorder teams</source>
            <translation>le changement d’ordre des équipes</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>Resize team lane</source>
            <translation>le redimensionnement du couloir d’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Restore snapshot “%1”</source>
            <translation>la restauration de l’instantané « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Score from progress</source>
            <translation>la notation d’après l’avancement</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Score key result</source>
            <translation>la note du résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Start round “%1”</source>
            <translation>le lancement du tour « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>Take snapshot “%1”</source>
            <translation>la prise de l’instantané « %1 »</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/cards.py" />
            <source>Turn note into key result</source>
            <translation>la transformation de la note en résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>Write what the team learnt</source>
            <translation>la rédaction des enseignements de l’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/followup.py" />
            <source>a check-in gives a value, a confidence or both</source>
            <translation>un point d’étape donne une valeur, une confiance ou les deux</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>a round lasts at least one minute</source>
            <translation>un tour dure au moins une minute</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>a round needs a title</source>
            <translation>un tour doit avoir un titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/round_commands.py" />
            <source>a snapshot needs a name</source>
            <translation>un instantané doit avoir un nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>a team cannot go inside itself</source>
            <translation>une équipe ne peut pas être rattachée à elle-même</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/commands/teams.py" />
            <source>a team needs a name</source>
            <translation>une équipe doit avoir un nom</translation>
        </message>
    </context>
    <context>
        <name>find</name>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Close (Escape)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Find cards (title, owner)…</source>
            <translation>Rechercher des cartes (titre, responsable)…</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Find:</source>
            <translation>Rechercher :</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Next match (Enter)</source>
            <translation>Occurrence suivante (Entrée)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Occurrence précédente (Maj+Entrée)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/find_bar.py" />
            <source>no match</source>
            <translation>aucun résultat</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message numerus="yes">
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
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
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Pick a finding marked ✎ to see the coach's rewrite.</source>
            <translation>Choisissez un constat marqué ✎ pour voir la réécriture du coach.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Replace the card's text with the suggested rewrite (can be undone)</source>
            <translation>Remplacer le texte de la carte par la réécriture proposée (annulable)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Suggested: %1</source>
            <translation>Proposition : %1</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Switch this rule off for this workshop (%1)</source>
            <translation>Désactiver cette règle dans cet atelier (%1)</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/findings_dock.py" />
            <source>and a key result: %1</source>
            <translation>et un résultat clé : %1</translation>
        </message>
    </context>
    <context>
        <name>inspector</name>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>%1 cards selected</source>
            <translation>%1 cartes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Aspirational</source>
            <translation>Ambitieux</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Baseline</source>
            <translation>Point de départ</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Current</source>
            <translation>Valeur actuelle</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Decrease</source>
            <translation>Diminuer</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Increase</source>
            <translation>Augmenter</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Key result</source>
            <translation>Résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Maintain</source>
            <translation>Maintenir</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Metric</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" />
            <source>Not a number: write 45, 4,5 or 1 850</source>
            <translation>Ce n’est pas un nombre : écrivez 45, 4,5 ou 1 850</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Nothing selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Part of</source>
            <translation>Rattachée à</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Select a card or a team lane to see its details here.</source>
            <translation>Sélectionnez une carte ou le couloir d’une équipe pour en voir le détail ici.</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>free note</source>
            <translation>note libre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/fields.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>top level</source>
            <translation>premier niveau</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/inspector.py" />
            <source>— top level —</source>
            <translation>— premier niveau —</translation>
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
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../okrworkshop/canvas/items/lane.py" />
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
    </context>
    <context>
        <name>palette</name>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag anywhere: a free sticky note</source>
            <translation>Glissez où vous voulez : une note libre</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto a key result</source>
            <translation>Glissez sur un résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto a team lane</source>
            <translation>Glissez dans le couloir d’une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto an objective</source>
            <translation>Glissez sur un objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Drag onto the board: a new team lane</source>
            <translation>Glissez sur le tableau : un nouveau couloir d’équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Key result</source>
            <translation>Résultat clé</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/palette_dock.py" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
    </context>
    <context>
        <name>room</name>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: add the initiative %2</source>
            <translation>%1 : ajouter l’initiative %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: add the key result %2</source>
            <translation>%1 : ajouter le résultat clé %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: add the objective %2</source>
            <translation>%1 : ajouter l’objectif %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: change %2</source>
            <translation>%1 : changer %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: delete %2</source>
            <translation>%1 : supprimer %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: edit %2</source>
            <translation>%1 : modifier %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>%1: move %2</source>
            <translation>%1 : déplacer %2</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>A team</source>
            <translation>Une équipe</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>Vote: keep %1, move the others to the parking lot</source>
            <translation>Vote : garder %1, mettre le reste au parking</translation>
        </message>
        <message>
            <location filename="../../okrworkshop/ui/room_host.py" />
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
    </context>
</TS>
