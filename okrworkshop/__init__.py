"""okrworkshop: the desktop tool for OKR workshops (canvas, checker, case studies, posters)."""

__version__ = "0.1.0"
