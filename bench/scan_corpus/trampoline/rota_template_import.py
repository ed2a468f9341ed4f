"""Lets duty managers upload saved weekly rota templates exported from another site."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

import jsonpickle
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class Shift:
    role: str
    weekday: int
    start: time
    end: time


@dataclass
class RotaTemplate:
    site_code: str
    name: str
    shifts: list[Shift] = field(default_factory=list)

    def coverage_hours(self) -> float:
        total = 0.0
        for s in self.shifts:
            total += (s.end.hour * 60 + s.end.minute - s.start.hour * 60 - s.start.minute) / 60
        return total


class TemplateCodec:
    """Round-trips templates so they keep their Python types between sites."""

    keys = True

    def dumps(self, template: RotaTemplate) -> str:
        return jsonpickle.encode(template, keys=self.keys)

    def loads(self, raw: str) -> RotaTemplate:
        obj = jsonpickle.decode(raw, keys=self.keys)
        if not isinstance(obj, RotaTemplate):
            raise ValueError("not a rota template")
        return obj


codec = TemplateCodec()


@require_POST
@permission_required("rota.add_rotatemplate")
def import_template(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["template"]
    template = codec.loads(upload.read().decode("utf-8"))
    request.user.site.rota_templates.create(name=template.name, payload=codec.dumps(template))
    return JsonResponse({"name": template.name, "hours": template.coverage_hours()})
