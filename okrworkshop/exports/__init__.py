"""Exports besides the PDF poster: PNG images of the poster and CSV tables for spreadsheets.

Modules are imported by name when used (``okrworkshop.exports.png``,
``okrworkshop.exports.csv_format``) so that Pillow loads only when an image is made.
"""
