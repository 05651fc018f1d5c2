"""Check-ins a round brings with it: a follow-up case's data arriving week by week.

A round's ``scripted_check_ins`` is a JSON list of check-ins, each with its own id, the key result
it is for, its date, value, confidence and comment. When the round starts they are put on the
board (one undo step with the start, see :class:`okrworkshop.canvas.round_commands.StartRound`);
those already there (same id) are not added twice, and those whose key result is no longer on the
board are left out.
"""

from __future__ import annotations

import json
from typing import Any

from okrworkshop.model.entities import CheckIn

_FIELDS = {"id", "key_result_id", "date", "value", "confidence", "comment"}


def _error(text: str) -> ValueError:
    from okrworkshop.model.board import ModelError

    return ModelError(f"scripted check-ins: {text}")


def parse_scripted(text: str) -> list[CheckIn]:
    """The check-ins of a round's ``scripted_check_ins`` (``ModelError`` if it is not such a list)."""
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        raise _error("not JSON") from None
    if not isinstance(data, list):
        raise _error("must be a JSON list")
    found: list[CheckIn] = []
    for index, item in enumerate(data):
        if (
            not isinstance(item, dict)
            or not {"id", "key_result_id", "date"} <= set(item)
            or set(item) - _FIELDS
        ):
            raise _error(
                f"[{index}] needs id, key_result_id and date (and may have value, confidence, comment)"
            )
        value, confidence, comment = item.get("value"), item.get("confidence"), item.get("comment", "")
        if not all(isinstance(item[k], str) and item[k] for k in ("id", "key_result_id", "date")):
            raise _error(f"[{index}] id, key_result_id and date are texts")
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise _error(f"[{index}].value must be a number")
        if confidence is not None and (
            isinstance(confidence, bool) or not isinstance(confidence, int) or not 0 <= confidence <= 10
        ):
            raise _error(f"[{index}].confidence must be a whole number from 0 to 10")
        if not isinstance(comment, str):
            raise _error(f"[{index}].comment must be a text")
        found.append(
            CheckIn(
                key_result_id=item["key_result_id"],
                date=item["date"],
                value=None if value is None else float(value),
                confidence=confidence,
                comment=comment,
                id=item["id"],
            )
        )
    return found


def write_scripted(check_ins: list[CheckIn]) -> str:
    """The JSON text of a round's scripted check-ins ("" for none)."""
    if not check_ins:
        return ""
    items: list[dict[str, Any]] = []
    for c in check_ins:
        item: dict[str, Any] = {"id": c.id, "key_result_id": c.key_result_id, "date": c.date}
        if c.value is not None:
            item["value"] = int(c.value) if float(c.value).is_integer() else c.value
        if c.confidence is not None:
            item["confidence"] = c.confidence
        if c.comment:
            item["comment"] = c.comment
        items.append(item)
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))
