"""Reads the per-user settings file shipped with the CAT plugin installer.

Values are written by the plugin's settings dialog as Python literals, e.g.

    [segmentation]
    max_segment_length = 2000
    lookup_languages = ["de-DE", "fr-FR"]
"""
import ast
import configparser
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, dict[str, Any]] = {
    "segmentation": {"max_segment_length": 1500, "lookup_languages": []},
    "sync": {"interval_seconds": 300, "glossary_ids": []},
}


def _literal(raw: str) -> Any:
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw


def load_plugin_settings(path: Path) -> dict[str, dict[str, Any]]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    merged = {section: dict(values) for section, values in DEFAULTS.items()}
    for section in parser.sections():
        merged.setdefault(section, {})
        for key, raw in parser.items(section):
            merged[section][key] = _literal(raw)
    return merged
