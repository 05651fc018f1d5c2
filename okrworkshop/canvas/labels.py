"""Short texts the cards show besides their titles (numbers, owners, kinds), in the workshop's
language (the card language), whatever the interface speaks."""

from __future__ import annotations

from okrworkshop.canvas import card_language
from okrworkshop.model import KeyResult, Objective


def tr(text: str, language: str | None = None) -> str:
    return card_language.translate("card", text, language)


def format_number(value: float, language: str) -> str:
    """``4.5`` as ``4,5`` in French; whole numbers without decimals; thin grouping for big ones."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "fr":
        # French groups with a narrow no-break space and writes a decimal comma.
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def key_result_summary(key_result: KeyResult, language: str) -> str:
    """``32 → 45 NPS · now 38 · confidence 5/10 · owner`` (only the parts that are set)."""
    parts: list[str] = []
    unit = f" {key_result.unit}" if key_result.unit else ""
    if key_result.kind == "milestone":
        parts.append(tr("Milestone", language=language))
    elif key_result.baseline is not None and key_result.target is not None:
        parts.append(
            f"{format_number(key_result.baseline, language)} → {format_number(key_result.target, language)}{unit}"
        )
    elif key_result.target is not None:
        parts.append(f"→ {format_number(key_result.target, language)}{unit}")
    elif key_result.baseline is not None:
        parts.append(
            tr("from %1", language=language).replace(
                "%1", format_number(key_result.baseline, language) + unit
            )
        )
    if key_result.current is not None:
        parts.append(
            tr("now %1", language=language).replace("%1", format_number(key_result.current, language) + unit)
        )
    if key_result.confidence is not None:
        parts.append(tr("confidence %1/10", language=language).replace("%1", str(key_result.confidence)))
    if key_result.owner:
        parts.append(key_result.owner)
    return " · ".join(parts)


def objective_summary(objective: Objective, language: str | None = None) -> str:
    """``owner · Committed`` (or ``no owner · Aspirational``)."""
    owner = objective.owner or tr("no owner", language=language)
    kind = (
        tr("Committed", language=language)
        if objective.kind == "committed"
        else tr("Aspirational", language=language)
    )
    return f"{owner} · {kind}"
