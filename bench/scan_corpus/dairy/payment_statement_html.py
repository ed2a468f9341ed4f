"""Renders the HTML version of the monthly farmer payment statement.

The same template feeds the portal view and the PDF renderer; farm
names and deduction notes come from the payments database.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"


@dataclass
class StatementLine:
    description: str
    litres: Decimal
    cents_per_litre: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.litres * self.cents_per_litre / 100).quantize(Decimal("0.01"))


@dataclass
class Statement:
    supplier_number: str
    farm_name: str
    period: str
    lines: list[StatementLine] = field(default_factory=list)
    notes: str = ""

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


def build_environment(template_dir: Path = TEMPLATE_DIR) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = lambda value: f"{value:,.2f}"
    return env


ENV = build_environment()


def render_statement(statement: Statement, template_name: str = "statement.html") -> str:
    template = ENV.get_template(template_name)
    return template.render(
        statement=statement,
        farm_name=statement.farm_name,
        notes=statement.notes,
        lines=statement.lines,
        total=statement.total,
    )


def write_statement(statement: Statement, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{statement.supplier_number}-{statement.period}.html"
    target.write_text(render_statement(statement), encoding="utf-8")
    return target
