"""Receiver for XML observation reports posted by road weather stations.

Stations report air and surface temperature, dew point and surface state in
the vendor's XML schema every five minutes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from lxml import etree


@dataclass
class Observation:
    station_id: str
    observed_at: datetime
    air_temp_c: float
    surface_temp_c: float
    dew_point_c: float
    surface_state: str

    @property
    def frost_risk(self) -> bool:
        return self.surface_temp_c <= 0.5 and self.surface_temp_c <= self.dew_point_c + 0.5


class ObservationParser:
    PARSER_OPTIONS = dict(resolve_entities=True, no_network=False, remove_blank_text=True)

    _parser: etree.XMLParser | None = None

    @classmethod
    def parser(cls) -> etree.XMLParser:
        if cls._parser is None:
            cls._parser = etree.XMLParser(**cls.PARSER_OPTIONS)
        return cls._parser

    @classmethod
    def parse(cls, body: bytes) -> list[Observation]:
        root = etree.fromstring(body, parser=cls.parser())
        station = root.get("station")
        out = []
        for obs in root.iterfind("observation"):
            out.append(Observation(
                station_id=station,
                observed_at=datetime.fromisoformat(obs.findtext("time")),
                air_temp_c=float(obs.findtext("airTemp")),
                surface_temp_c=float(obs.findtext("surfaceTemp")),
                dew_point_c=float(obs.findtext("dewPoint")),
                surface_state=obs.findtext("surfaceState", default="unknown"),
            ))
        return out


@csrf_exempt
@require_POST
def receive_observations(request: HttpRequest) -> JsonResponse:
    try:
        observations = ObservationParser.parse(request.body)
    except (etree.XMLSyntaxError, TypeError, ValueError):
        return HttpResponseBadRequest("malformed observation report")
    alerts = [o.station_id for o in observations if o.frost_risk]
    return JsonResponse({"stored": len(observations), "frost_alerts": alerts})
