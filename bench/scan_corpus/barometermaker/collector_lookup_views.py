"""Front-desk views for finding a collector and their instruments."""
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET


class Collector(models.Model):
    name = models.CharField(max_length=160)
    email = models.EmailField(unique=True)
    postcode = models.CharField(max_length=12, blank=True)
    vip = models.BooleanField(default=False)

    class Meta:
        app_label = "frontdesk"


class Instrument(models.Model):
    owner = models.ForeignKey(Collector, on_delete=models.CASCADE, related_name="instruments")
    maker = models.CharField(max_length=120)
    kind = models.CharField(max_length=40)
    serial = models.CharField(max_length=40, blank=True)

    class Meta:
        app_label = "frontdesk"


def _collectors_by_postcode(postcode: str):
    return Collector.objects.raw(
        "SELECT id, name, email, postcode, vip FROM frontdesk_collector "
        "WHERE postcode = '%s' ORDER BY name" % postcode.upper()
    )


def _as_dict(c: Collector) -> dict:
    return {
        "id": c.id,
        "name": c.name,
        "email": c.email,
        "vip": c.vip,
        "instruments": [
            {"maker": i.maker, "kind": i.kind, "serial": i.serial} for i in c.instruments.all()
        ],
    }


@login_required
@require_GET
def by_postcode(request):
    postcode = request.GET.get("postcode", "").strip()
    if not postcode:
        return JsonResponse({"error": "postcode required"}, status=400)
    return JsonResponse({"collectors": [_as_dict(c) for c in _collectors_by_postcode(postcode)]})


@login_required
@require_GET
def by_email(request):
    email = request.GET.get("email", "").strip().lower()
    collector = Collector.objects.filter(email=email).prefetch_related("instruments").first()
    if collector is None:
        return JsonResponse({"collector": None})
    return JsonResponse({"collector": _as_dict(collector)})
