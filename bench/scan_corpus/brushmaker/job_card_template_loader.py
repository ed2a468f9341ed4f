"""Loading of machine setup templates referenced by production job cards.

Each brush article has a setup template (hole pattern, tuft density, trim
height) stored as JSON under the templates share; job cards reference it
by a relative path chosen by the planner in the ERP.
"""
import json
import os
from dataclasses import dataclass

from brushworks.settings import SETUP_TEMPLATE_ROOT


class TemplateOutsideRoot(ValueError):
    pass


@dataclass
class SetupTemplate:
    article: str
    hole_pattern: str
    tufts_per_row: list[int]
    trim_height_mm: float
    machine_family: str


class TemplateLoader:
    def __init__(self, root: str = SETUP_TEMPLATE_ROOT):
        self.root = os.path.realpath(root)

    def _locate(self, relative: str) -> str:
        full = os.path.realpath(os.path.join(self.root, relative))
        if os.path.commonpath([self.root, full]) != self.root:
            raise TemplateOutsideRoot(relative)
        return full

    def load(self, relative: str) -> SetupTemplate:
        path = self._locate(relative)
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return SetupTemplate(
            article=data["article"],
            hole_pattern=data["hole_pattern"],
            tufts_per_row=[int(n) for n in data["tufts_per_row"]],
            trim_height_mm=float(data["trim_height_mm"]),
            machine_family=data.get("machine_family", "tufting"),
        )

    def for_job_card(self, job_card: dict) -> SetupTemplate:
        return self.load(job_card["setup_template"])
