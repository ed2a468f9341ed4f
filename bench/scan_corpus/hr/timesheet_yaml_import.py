"""Imports contractor timesheets submitted as YAML through the agency upload form."""
from datetime import date
from decimal import Decimal

import yaml
from django import forms
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.shortcuts import redirect, render

from timesheets.models import ContractorShift

YAML_OPTIONS = {"Loader": yaml.SafeLoader}


class TimesheetUploadForm(forms.Form):
    timesheet = forms.FileField()


def parse_timesheet(stream) -> list[dict]:
    doc = yaml.load(stream, **YAML_OPTIONS)
    if not isinstance(doc, dict) or not isinstance(doc.get("shifts"), list):
        raise ValueError("expected a mapping with a 'shifts' list")
    rows = []
    for item in doc["shifts"]:
        rows.append(
            {
                "contractor_id": str(item["contractor_id"]),
                "work_date": date.fromisoformat(str(item["date"])),
                "hours": Decimal(str(item["hours"])),
                "project_code": str(item.get("project", "")),
            }
        )
    return rows


@permission_required("timesheets.add_contractorshift")
def upload_timesheet(request):
    form = TimesheetUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            rows = parse_timesheet(form.cleaned_data["timesheet"])
        except (ValueError, KeyError, yaml.YAMLError) as exc:
            form.add_error("timesheet", f"Could not read timesheet: {exc}")
        else:
            with transaction.atomic():
                ContractorShift.objects.bulk_create(ContractorShift(**row) for row in rows)
            return redirect("timesheets:contractor_list")
    return render(request, "timesheets/upload.html", {"form": form})
