"""Staff view to look up warranty history by a piece's stamped serial."""
from django.contrib.admin.views.decorators import staff_member_required
from django.db import models
from django.shortcuts import render


class WarrantyClaim(models.Model):
    serial_number = models.CharField(max_length=20, db_index=True)
    sku = models.CharField(max_length=32)
    opened = models.DateField()
    status = models.CharField(max_length=16)
    fault = models.CharField(max_length=64)
    resolution = models.TextField(blank=True)

    class Meta:
        app_label = "warranty"
        db_table = "warranty_claim"


def normalise_serial(value: str) -> str:
    return value.strip().upper().replace(" ", "")


def claims_for_serial(serial: str):
    return WarrantyClaim.objects.raw(
        "SELECT id, serial_number, sku, opened, status, fault, resolution "
        "FROM warranty_claim WHERE serial_number = '%s' ORDER BY opened DESC" % serial
    )


def repeat_fault_count(claims) -> dict[str, int]:
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.fault] = counts.get(claim.fault, 0) + 1
    return {fault: n for fault, n in counts.items() if n > 1}


@staff_member_required
def serial_history(request):
    serial = normalise_serial(request.GET.get("serial", ""))
    claims = list(claims_for_serial(serial)) if serial else []
    return render(
        request,
        "warranty/serial_history.html",
        {
            "serial": serial,
            "claims": claims,
            "repeat_faults": repeat_fault_count(claims),
        },
    )
