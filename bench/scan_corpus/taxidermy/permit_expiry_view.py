"""Django view listing protected-species permits that expire soon.

Possession permits for raptors and migratory birds must be renewed before
a mount can be delivered; the owner checks this page weekly.
"""
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required, permission_required
from django.db import models
from django.shortcuts import render


class Permit(models.Model):
    permit_number = models.CharField(max_length=40, unique=True)
    issuing_state = models.CharField(max_length=2)
    species_scientific = models.CharField(max_length=120)
    holder_name = models.CharField(max_length=120)
    issued_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    specimen_tag = models.CharField(max_length=20, blank=True)

    class Meta:
        app_label = "permits"


EXPIRY_SQL = (
    "SELECT p.* FROM permits_permit p "
    "LEFT JOIN workshop_specimen s ON s.tag_number = p.specimen_tag "
    "WHERE p.expires_on BETWEEN %s AND %s "
    "AND (%s = '' OR p.issuing_state = %s) "
    "AND (s.delivered_on IS NULL) "
    "ORDER BY p.expires_on, p.permit_number"
)


@login_required
@permission_required("permits.view_permit", raise_exception=True)
def expiring_permits(request):
    state = request.GET.get("state", "").upper()[:2]
    try:
        days = max(1, min(int(request.GET.get("days", "60")), 365))
    except ValueError:
        days = 60
    today = date.today()
    permits = Permit.objects.raw(EXPIRY_SQL, [today, today + timedelta(days=days), state, state])
    return render(
        request,
        "permits/expiring.html",
        {"permits": list(permits), "state": state, "days": days},
    )
