"""The workshop flow, Qt-free: timed rounds, snapshots of the board, comparisons, progress."""

from okrworkshop.workflow.snapshots import BoardDiff, CardChange, board_of, compare, snapshot_data
from okrworkshop.workflow.timer import Countdown

__all__ = ["BoardDiff", "CardChange", "Countdown", "board_of", "compare", "snapshot_data"]
