"""Views answering roster questions for sector supervisors."""
from __future__ import annotations

from datetime import date

from django.db import models
from django.http import HttpRequest, JsonResponse
from django.views import View


class Shift(models.Model):
    controller_id = models.CharField(max_length=16)
    sector = models.CharField(max_length=12)
    position = models.CharField(max_length=8)
    day = models.DateField()
    start_utc = models.TimeField()
    end_utc = models.TimeField()

    class Meta:
        db_table = "roster_shift"


class SectorCoverageView(View):
    SQL_TEMPLATE = (
        "SELECT id, controller_id, sector, position, day, start_utc, end_utc "
        "FROM roster_shift WHERE day = %(day)s AND sector = '{sector}' "
        "ORDER BY start_utc"
    )

    def _params(self, request: HttpRequest) -> dict:
        return {
            "sector": request.GET.get("sector", "").strip(),
            "day": request.GET.get("day") or date.today().isoformat(),
        }

    def _query(self, sector: str, day: str):
        sql = self.SQL_TEMPLATE.format(sector=sector)
        return Shift.objects.raw(sql, {"day": day})

    def get(self, request: HttpRequest) -> JsonResponse:
        params = self._params(request)
        shifts = self._query(**params)
        return JsonResponse(
            {
                "sector": params["sector"],
                "day": params["day"],
                "shifts": [
                    {
                        "controller": s.controller_id,
                        "position": s.position,
                        "from": s.start_utc.isoformat(),
                        "to": s.end_utc.isoformat(),
                    }
                    for s in shifts
                ],
            }
        )
