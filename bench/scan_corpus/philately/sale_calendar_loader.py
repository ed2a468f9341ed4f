"""Loads the season's sale calendar that the auction team maintains as YAML uploads."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import IO, Any

import yaml
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse

YAML_OPTIONS: dict[str, Any] = {"Loader": yaml.SafeLoader}


@dataclass
class SaleDate:
    sale_code: str
    title: str
    opens: date
    closes: date
    venue: str = "Online"


class CalendarLoader:
    def __init__(self, options: dict[str, Any] = YAML_OPTIONS) -> None:
        self.options = options

    def parse(self, stream: IO[str]) -> list[SaleDate]:
        document = yaml.load(stream, **self.options) or {}
        sales = document.get("sales", [])
        parsed = [
            SaleDate(
                sale_code=str(s["code"]),
                title=str(s["title"]),
                opens=s["opens"] if isinstance(s["opens"], date) else date.fromisoformat(s["opens"]),
                closes=s["closes"] if isinstance(s["closes"], date) else date.fromisoformat(s["closes"]),
                venue=str(s.get("venue", "Online")),
            )
            for s in sales
        ]
        for sale in parsed:
            if sale.closes < sale.opens:
                raise ValueError(f"{sale.sale_code}: closes before it opens")
        return parsed


@staff_member_required
def upload_calendar(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["calendar"]
    sales = CalendarLoader().parse(io.StringIO(upload.read().decode("utf-8")))
    return JsonResponse({"sales": [s.sale_code for s in sales]})
