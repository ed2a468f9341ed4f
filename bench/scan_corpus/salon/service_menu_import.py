"""Admin upload of a salon's service menu (services, durations, prices).

Salon managers export the menu from the old booking system as YAML and
upload it here to seed the new one.
"""
from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.shortcuts import redirect, render
from yaml import Loader
from yaml import load as load_yaml

from services.models import Service, ServiceCategory


class MenuUploadForm(forms.Form):
    menu = forms.FileField(help_text="YAML export from the previous booking system")
    replace_existing = forms.BooleanField(required=False)


def _parse_menu(upload) -> list[dict]:
    document = load_yaml(upload.read(), Loader=Loader)
    return document.get("services", []) if isinstance(document, dict) else []


@transaction.atomic
def _apply_menu(salon, entries: list[dict], replace_existing: bool) -> int:
    if replace_existing:
        Service.objects.filter(salon=salon).delete()
    created = 0
    for entry in entries:
        category, _ = ServiceCategory.objects.get_or_create(salon=salon, name=entry.get("category", "General"))
        Service.objects.update_or_create(
            salon=salon,
            code=str(entry["code"]),
            defaults={
                "name": str(entry["name"])[:120],
                "category": category,
                "duration_minutes": int(entry.get("duration", 30)),
                "price": Decimal(str(entry.get("price", "0"))),
            },
        )
        created += 1
    return created


@permission_required("services.change_service")
def upload_menu(request):
    form = MenuUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        entries = _parse_menu(form.cleaned_data["menu"])
        count = _apply_menu(request.user.staff.salon, entries, form.cleaned_data["replace_existing"])
        messages.success(request, f"Imported {count} services.")
        return redirect("services:list")
    return render(request, "services/upload_menu.html", {"form": form})
