"""Text normalisation and tokenisation for French and English card titles.

The tokenizer keeps what the rules need and nothing more: words (with French elisions split off,
``l'équipe`` -> ``l'`` + ``équipe``), numbers (French and English formats, with the digit groups
of ``10 000`` joined whatever space separates them), and the few symbols that carry meaning
(``%``, currencies, arrows, comparison signs, separators).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

#: Apostrophes people type or word processors substitute (the typographic ’ above all).
_APOSTROPHES = "’‘ʼ`´′"
#: No-break, narrow no-break, thin and figure spaces: French typography puts them before
#: ``%``, ``€``, ``:`` and between digit groups.
_SPACES = "\u00a0\u202f\u2009\u2007\u2008\u200a\t\r\n"
_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys(_APOSTROPHES, "'"),
        **dict.fromkeys(_SPACES, " "),
        "\u2212": "-",  # minus sign
        "\u2013": " - ",  # en dash: a separator, never part of a word
        "\u2014": " - ",  # em dash
        "\u2192": " -> ",  # →
        "\u21d2": " -> ",  # ⇒
        "\u2265": " >= ",  # ≥
        "\u2264": " <= ",  # ≤
        "\u00d7": " x ",  # ×
        "\u00ab": " ",  # «
        "\u00bb": " ",  # »
        "\u201c": " ",  # “
        "\u201d": " ",  # ”
        "\u2026": " ",  # …
    }
)


def _build_fold_table() -> dict[int, str]:
    """Lower-case and strip accents in one ``str.translate`` (much faster than NFD per word)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        lowered = base.lower()
        if lowered != char:
            table[code] = lowered
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    table.update({ord("œ"): "oe", ord("Œ"): "oe", ord("æ"): "ae", ord("Æ"): "ae", ord("ß"): "ss"})
    return table


_FOLD = _build_fold_table()


_AB_TEST = re.compile(r"\bA/B\b", re.IGNORECASE)


#: The characters the translation changes, found in one regex scan: most titles hold none or a
#: few, and replacing just those is much cheaper than ``str.translate`` over every character.
_TRANSLATED = re.compile("[" + re.escape("".join(chr(code) for code in _TRANSLATE)) + "]")
_REPLACEMENTS: dict[str, str] = {chr(code): str(value) for code, value in _TRANSLATE.items()}


def _replace(found: re.Match[str]) -> str:
    return _REPLACEMENTS[found.group()]


def normalise(text: str) -> str:
    """One apostrophe, one kind of space, arrows and comparison signs spelt in ASCII."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _TRANSLATED.sub(_replace, text)
    return _AB_TEST.sub("AB", text) if "/" in text else text


def fold(word: str) -> str:
    """Lower case without accents: ``Équipe`` -> ``equipe``, ``cœur`` -> ``coeur``."""
    return word.lower() if word.isascii() else word.translate(_FOLD)


#: Elided words that French glues to the next one with an apostrophe (folded).
ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})
#: Words whose apostrophe is not an elision.
_UNSPLIT = frozenset({"aujourd'hui", "quelqu'un", "quelqu'une", "presqu'ile", "prud'hommes", "o'clock"})


class Token(NamedTuple):
    """One token: ``kind`` is ``word``, ``num`` or ``sym``.

    ``fold`` is the folded text (words, symbols) and ``value``/``suffix`` the parsed number with
    any letters glued to it (``48h`` -> 48.0, ``"h"``).
    """

    kind: str
    text: str
    fold: str
    value: float = 0.0
    suffix: str = ""
    #: The number was written with a sign (``+15 %``, ``-20 %``): a change, not a level.
    signed: bool = False


# Every token a title holds; which kind a piece is follows from its text alone (see _piece_tokens).
# Words come first: they are most tokens; numbers glued to letters ("T1", "B2B") are words.
_TOKEN_RE = re.compile(
    r"""
    [^\W\d_][\w-]*(?:'[\w-]+)*'?
    | \d+(?:[.,]\d+)?\s*[hj]?\s*/\s*\d+[hj]?(?:\s*/\s*\d{2,4})?
    | \d{4}-(?:\d{2}(?:-\d{2})?(?!\d)|[QTSHqtsh][1-4]\b)
    | (?<![\w.,])[+-]?(?:\d{1,3}(?:[ .,]\d{3})+(?![\d])|\d+)(?:[.,]\d+)?(?:[hH]\d{2}(?!\d)|[^\W\d_]+)?
    | ->|=>|>=|<=|[%€$£+<>=&;:,()/\#°?!.-]
    """,
    re.VERBOSE,
)
_ISO_DATE = re.compile(r"\d{4}-(?:\d{2}(?:-\d{2})?|[QTSHqtsh][1-4])")
_NUMBER_PART = re.compile(r"([+-]?)([\d ,.]*\d)(.*)", re.DOTALL)


def parse_number(digits: str, lang: str) -> float:
    """The value of ``10 000``, ``4,5``, ``1,250,000`` (en) or ``1.250`` (fr thousands)."""
    digits = digits.replace(" ", "")
    if "," in digits and "." in digits:
        # Both separators: the last one is the decimal mark.
        if digits.rfind(",") > digits.rfind("."):
            digits = digits.replace(".", "").replace(",", ".")
        else:
            digits = digits.replace(",", "")
    elif "," in digits:
        groups = digits.split(",")
        thousands = len(groups) > 2 or (lang == "en" and len(groups[-1]) == 3)
        digits = digits.replace(",", "") if thousands else digits.replace(",", ".")
    elif "." in digits:
        groups = digits.split(".")
        thousands = len(groups) > 2 or (lang == "fr" and len(groups[-1]) == 3)
        if thousands:
            digits = digits.replace(".", "")
    try:
        return float(digits)
    except ValueError:
        return 0.0


_new = tuple.__new__  # a Token without the cost of its Python-level constructor


#: Where a token may span a space: digit groups ("10 000") and slashed figures ("4,5 / 5", "7 j/7").
_SPANNING = re.compile(r"\d\s+[\dhj/]|[hj]\s+/|/\s+\d")
#: A looser pattern that one character set starts, so the regex engine scans for it fast.
_MAY_SPAN = re.compile(r"[\dhj/]\s+[\dhj/]")


def tokenize(text: str, lang: str = "fr") -> list[Token]:
    """Split normalised text into tokens; ``lang`` decides ``1,250`` (en: 1250; fr: 1.25)."""
    return [token for chunk in chunks(text) for token in chunk_tokens(chunk, lang)]


def chunks(text: str) -> list[str]:
    """The pieces of normalised text that no token crosses: the text between spaces ("l'équipe",
    "45%", "(Lyon)"), unless a token spans a space ("10 000", "4,5 / 5"): then each token's text."""
    spanning = _MAY_SPAN.search(text) is not None and _SPANNING.search(text) is not None
    return _TOKEN_RE.findall(text) if spanning else text.split()


def chunk_tokens(chunk: str, lang: str) -> tuple[Token, ...]:
    """The tokens of one chunk (see :func:`chunks`)."""
    pieces = _TOKEN_RE.findall(chunk)
    if len(pieces) == 1 and pieces[0] == chunk:
        return _piece_tokens(chunk, lang)
    return tuple(token for piece in pieces for token in _piece_tokens(piece, lang))


def _piece_tokens(piece: str, lang: str) -> tuple[Token, ...]:
    """The token(s) of one piece the pattern matched: a word (two with an elision), a number
    (with any letters glued to it), a slashed figure (``4,5/5``, ``24/7``), an ISO period or a
    symbol. The first character and the ISO shape tell which alternative of the pattern matched."""
    first = piece[0]
    if first.isalpha():
        return _word_tokens(piece)
    # isdecimal, not isdigit: the pattern's \d is a decimal digit, and "¹" or "²" are digits
    # to isdigit only (a superscript alone is a symbol).
    if first.isdecimal() and "/" in piece:
        return (_new(Token, ("slash", piece, piece.replace(" ", ""), 0.0, "", False)),)
    if first.isdecimal() and _ISO_DATE.fullmatch(piece):
        return (_new(Token, ("period", piece, piece.lower(), 0.0, "", False)),)
    if first.isdecimal() or (first in "+-" and len(piece) > 1 and piece[1].isdecimal()):
        found = _NUMBER_PART.fullmatch(piece)
        assert found is not None  # the token pattern guarantees digits
        sign, digits, suffix = found.groups()
        value = parse_number(digits, lang)
        return (
            _new(
                Token,
                ("num", piece, piece.lower(), -value if sign == "-" else value, suffix.lower(), bool(sign)),
            ),
        )
    return (_new(Token, ("sym", piece, piece, 0.0, "", False)),)


def _word_tokens(word: str) -> tuple[Token, ...]:
    folded = word.lower() if word.isascii() else word.translate(_FOLD)
    if "'" in folded:
        if folded not in _UNSPLIT:
            head, _, rest = folded.partition("'")
            if head in ELISIONS:
                cut = len(head) + 1
                elided = _new(Token, ("word", word[:cut], head + "'", 0.0, "", False))
                if not rest:
                    return (elided,)
                return (elided, _new(Token, ("word", word[cut:], rest.rstrip("'"), 0.0, "", False)))
        if folded.endswith("'s"):  # English possessive: "customer's" -> "customer"
            folded = folded[:-2]
        folded = folded.rstrip("'")
    return (_new(Token, ("word", word, folded, 0.0, "", False)),)
