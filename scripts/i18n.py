"""Keep the interface catalogues in step with the code, and compile them.

    .venv/bin/python scripts/i18n.py update    # refresh okrworkshop/i18n/*.ts from the code
    .venv/bin/python scripts/i18n.py release   # compile the .ts files to .qm (Qt's lrelease)
    .venv/bin/python scripts/i18n.py check     # exit 1 if a message is missing or unfinished

Why not Qt's lupdate: our modules translate through small module-level ``tr(text)`` helpers that
fix the context (``QCoreApplication.translate("actions", text)``); lupdate files those calls under
an empty context, so the app would never find them. This extractor reads the code's syntax tree
and knows ``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` and those helpers.
The ``.ts`` files stay Qt's format (open them in Qt Linguist), and Qt's lrelease compiles them.

English is the source language: the English catalogue copies each source text, except plural
forms (``%n``), which are written by hand in both catalogues.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "okrworkshop" / "ui", ROOT / "okrworkshop" / "canvas"]
CATALOGUES = ROOT / "okrworkshop" / "i18n"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    plural: bool
    where: str


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """The context of a module-level ``def tr(text): return QCoreApplication.translate("ctx", text)``."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and _name(node.func) == "translate" and node.args:
            return _literal(node.args[0])
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _has_count(call: ast.Call, position: int) -> bool:
    return len(call.args) > position or any(k.arg == "n" for k in call.keywords)


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: Path, wrapper: str | None) -> None:
        self.path = path
        self.wrapper = wrapper
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.dynamic: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if not self.classes and node.name == "tr":
            return  # the module's own translate helper: its text is whatever the callers pass
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str | None, text_node: ast.expr | None, plural: bool, line: int) -> None:
        where = f"{self.path.relative_to(ROOT)}:{line}"
        text = _literal(text_node)
        if context is None or text is None:
            self.dynamic.append(where)
            return
        self.found.append(Message(context, text, plural, where))

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2 and _literal(node.args[0]):
            self._add(_literal(node.args[0]), node.args[1], _has_count(node, 3), node.lineno)
        elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
            self._add(
                self.classes[-1] if self.classes else None, node.args[0], _has_count(node, 2), node.lineno
            )
        elif name == "tr" and isinstance(node.func, ast.Name) and node.args and self.wrapper:
            self._add(self.wrapper, node.args[0], _has_count(node, 1), node.lineno)
        self.generic_visit(node)


def _own_wrapper(tree: ast.Module) -> str | None:
    """The context of the module's own ``tr`` helper, if it defines one."""
    return next(
        (
            _wrapper_context(n)
            for n in tree.body
            if isinstance(n, ast.FunctionDef) and n.name == "tr" and _wrapper_context(n)
        ),
        None,
    )


def _imported_wrapper(tree: ast.Module, wrappers: dict[str, str]) -> str | None:
    """The context of a ``tr`` helper imported with ``from okrworkshop.x import tr``."""
    for node in tree.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.module in wrappers
            and any(alias.name == "tr" and alias.asname in (None, "tr") for alias in node.names)
        ):
            return wrappers[node.module]
    return None


def extract() -> tuple[list[Message], list[str]]:
    """Every translatable message in the interface code, and the calls whose text is not literal."""
    messages: dict[tuple[str, str], Message] = {}
    dynamic: list[str] = []
    paths = [path for folder in SOURCES for path in sorted(folder.rglob("*.py"))]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    wrappers = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts): context
        for path, tree in trees.items()
        if (context := _own_wrapper(tree))
    }
    for path in paths:
        tree = trees[path]
        wrapper = _own_wrapper(tree) or _imported_wrapper(tree, wrappers)
        extractor = _Extractor(path, wrapper)
        extractor.visit(tree)
        for message in extractor.found:
            key = (message.context, message.source)
            if key in messages:
                plural = messages[key].plural or message.plural
                message = Message(message.context, message.source, plural, messages[key].where)
            messages[key] = message
        dynamic.extend(extractor.dynamic)
    return sorted(messages.values()), dynamic


def _catalogue_path(language: str) -> Path:
    return CATALOGUES / f"okrworkshop_{language}.ts"


def read_translations(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translation forms (one, or several for plurals); unfinished left out."""
    path = _catalogue_path(language)
    if not path.exists():
        return {}
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if all(forms):
                found[(name, message.findtext("source") or "")] = forms
    return found


def write_catalogue(language: str, messages: list[Message]) -> tuple[int, int]:
    """Rewrite one catalogue with the code's messages; returns (finished, unfinished) counts."""
    known = read_translations(language)
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en_GB")
    finished = unfinished = 0
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = (
            ET.SubElement(context, "message", numerus="yes")
            if message.plural
            else ET.SubElement(context, "message")
        )
        # The file only, no line: a line number changes with every edit above it, and would make
        # every change to the interface a change (and a merge conflict) in both catalogues.
        file_name = message.where.rsplit(":", 1)[0]
        ET.SubElement(element, "location", filename=f"../../{file_name}")
        ET.SubElement(element, "source").text = message.source
        forms = known.get((message.context, message.source))
        if forms is None and language == "en" and not message.plural:
            forms = [message.source]
        translation = ET.SubElement(element, "translation")
        if forms is None:
            translation.set("type", "unfinished")
            unfinished += 1
            if message.plural:
                for _ in range(2):
                    ET.SubElement(translation, "numerusform")
            continue
        finished += 1
        if message.plural:
            for form in (forms + forms[-1:])[:2] if len(forms) < 2 else forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(root, space="    ")
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )
    _catalogue_path(language).write_text(text, encoding="utf-8")
    return finished, unfinished


def missing(language: str, messages: list[Message]) -> list[Message]:
    """Messages of the code that the catalogue does not translate (or only partly, for plurals)."""
    known = read_translations(language)
    result = []
    for message in messages:
        forms = known.get((message.context, message.source))
        if forms is None or (message.plural and len(forms) < 2):
            result.append(message)
    return result


def lrelease() -> Path:
    """Qt's lrelease, from the same environment as this Python."""
    for name in ("pyside6-lrelease", "lrelease"):
        candidate = Path(sys.executable).parent / name
        if candidate.exists():
            return candidate
    raise SystemExit("pyside6-lrelease not found (install PySide6 in this environment)")


def release(target: Path = CATALOGUES) -> list[Path]:
    outputs = []
    for language in LANGUAGES:
        output = target / f"okrworkshop_{language}.qm"
        subprocess.run(
            [str(lrelease()), "-silent", str(_catalogue_path(language)), "-qm", str(output)], check=True
        )
        outputs.append(output)
    return outputs


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    messages, dynamic = extract()
    if command == "update":
        for language in LANGUAGES:
            done, todo = write_catalogue(language, messages)
            print(f"{_catalogue_path(language).name}: {done} translated, {todo} to translate")
        for where in dynamic:
            print(f"note: text not literal, translated elsewhere or not at all: {where}")
        return 0
    if command == "release":
        for output in release():
            print(f"wrote {output.relative_to(ROOT)}")
        return 0
    if command == "check":
        problems = 0
        for language in LANGUAGES:
            for message in missing(language, messages):
                print(f"{language}: untranslated [{message.context}] {message.source!r} ({message.where})")
                problems += 1
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
