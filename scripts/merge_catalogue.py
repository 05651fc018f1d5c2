"""Git merge driver for Qt ``.ts`` catalogues: the union of both sides' messages and translations.

Two branches that each add interface text touch the same catalogue; a line merge of the XML then
conflicts although nothing contradicts. This driver keeps every message either side has (ours
first where both translate it) and writes the result in our file's place. Run
``scripts/i18n.py update`` and ``release`` after the merge: they drop messages the code no longer
has and compile the ``.qm`` files.

Set up once per clone::

    git config merge.ts-union.driver "python3 scripts/merge_catalogue.py %O %A %B"
    git config merge.qm-ours.driver true      # .qm files are rebuilt by `i18n.py release`
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def _messages(path: str) -> tuple[ET.Element, dict[tuple[str, str], ET.Element]]:
    root = ET.parse(path).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found[(name, message.findtext("source") or "")] = message
    return root, found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")


def main(base: str, ours: str, theirs: str) -> int:
    del base  # a union needs no common ancestor
    root, mine = _messages(ours)
    _, other = _messages(theirs)
    merged = dict(mine)
    for key, message in other.items():
        if key not in merged or (not _finished(merged[key]) and _finished(message)):
            merged[key] = message
    out = ET.Element("TS", root.attrib)
    contexts: dict[str, ET.Element] = {}
    for (context_name, _source), message in sorted(merged.items()):
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ET.SubElement(out, "context")
            ET.SubElement(context, "name").text = context_name
        context.append(message)
    ET.indent(out, space="    ")
    with open(ours, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(out, encoding="unicode") + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
