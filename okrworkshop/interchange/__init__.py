"""Interchange formats: the ``okrworkshop/v1`` JSON draft (CSV lives in :mod:`okrworkshop.exports`)."""

from okrworkshop.interchange.json_format import board_from_dict, board_to_dict, read_json, write_json
from okrworkshop.interchange.layout import place_missing
from okrworkshop.interchange.schema import FORMAT

__all__ = ["FORMAT", "board_from_dict", "board_to_dict", "place_missing", "read_json", "write_json"]
