"""Affidavit register listing for the back-office (Django)."""
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404, render


class Affidavit(models.Model):
    office_id = models.IntegerField(db_index=True)
    deponent = models.CharField(max_length=200)
    subject = models.CharField(max_length=300)
    sworn_on = models.DateField()
    commissioner = models.CharField(max_length=200)
    pages = models.PositiveSmallIntegerField(default=1)

    class Meta:
        app_label = "registry"
        db_table = "registry_affidavit"


PAGE_SIZE = 40


def _listing_query(office_id: int, sort: str, descending: bool):
    direction = "DESC" if descending else "ASC"
    return Affidavit.objects.raw(
        "SELECT id, deponent, subject, sworn_on, commissioner, pages "
        f"FROM registry_affidavit WHERE office_id = %s ORDER BY {sort} {direction}",
        [office_id],
    )


@login_required
def affidavit_list(request):
    sort = request.GET.get("sort", "sworn_on")
    descending = request.GET.get("dir", "desc") == "desc"
    office_id = request.user.profile.office_id
    rows = list(_listing_query(office_id, sort, descending))
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "registry/affidavit_list.html",
        {"page": page, "sort": sort, "descending": descending},
    )


@login_required
def affidavit_detail(request, pk: int):
    office_id = request.user.profile.office_id
    affidavit = get_object_or_404(Affidavit, pk=pk, office_id=office_id)
    return render(request, "registry/affidavit_detail.html", {"affidavit": affidavit})
