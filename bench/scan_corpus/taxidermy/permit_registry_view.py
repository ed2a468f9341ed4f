"""Django views for the protected-species permit registry.

Every specimen of a protected species (eagles, hawks, owls, migratory
waterfowl, imported CITES game) must be linked to a valid possession permit
before work on it can start.  The registry page lists permits by state.
"""
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
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
        ordering = ["-issued_on"]


@login_required
@permission_required("permits.view_permit", raise_exception=True)
def permits_by_state(request):
    state = request.GET.get("state", "").upper()
    species = request.GET.get("species", "")

    if state:
        permits = Permit.objects.raw(
            "SELECT * FROM permits_permit "
            f"WHERE issuing_state = '{state}' "
            "ORDER BY expires_on NULLS LAST, permit_number"
        )
    else:
        permits = Permit.objects.all()

    rows = [p for p in permits if not species or species.lower() in p.species_scientific.lower()]
    page = Paginator(rows, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "permits/registry.html",
        {"page": page, "state": state, "species": species},
    )


@login_required
@permission_required("permits.view_permit", raise_exception=True)
def permit_detail(request, permit_number: str):
    permit = Permit.objects.filter(permit_number=permit_number).first()
    linked = []
    if permit and permit.specimen_tag:
        linked = list(
            Permit.objects.filter(specimen_tag=permit.specimen_tag).exclude(pk=permit.pk)
        )
    return render(request, "permits/detail.html", {"permit": permit, "linked": linked})
