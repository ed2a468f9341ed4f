"""Admin views for managing circulation rules (loan periods, limits, fines)."""
import yaml
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.shortcuts import redirect, render

from .models import CirculationRule, PatronCategory, ItemType

REQUIRED_KEYS = {"patron_category", "item_type", "loan_days", "max_renewals", "daily_fine"}


class RulesUploadForm(forms.Form):
    rules_file = forms.FileField(help_text="YAML export from another branch or the template repo")
    replace_existing = forms.BooleanField(required=False)


def _validate(rows):
    errors = []
    for idx, row in enumerate(rows, start=1):
        missing = REQUIRED_KEYS - set(row)
        if missing:
            errors.append(f"rule {idx}: missing {', '.join(sorted(missing))}")
        elif int(row["loan_days"]) <= 0:
            errors.append(f"rule {idx}: loan_days must be positive")
    return errors


@permission_required("circulation.change_circulationrule")
def upload_rules(request):
    form = RulesUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        document = yaml.load(form.cleaned_data["rules_file"].read(), Loader=yaml.Loader)
        rows = document.get("rules", []) if isinstance(document, dict) else []
        errors = _validate(rows)
        if errors:
            for err in errors:
                messages.error(request, err)
            return render(request, "circulation/rules_upload.html", {"form": form})

        with transaction.atomic():
            if form.cleaned_data["replace_existing"]:
                CirculationRule.objects.all().delete()
            for row in rows:
                CirculationRule.objects.update_or_create(
                    patron_category=PatronCategory.objects.get(code=row["patron_category"]),
                    item_type=ItemType.objects.get(code=row["item_type"]),
                    defaults={
                        "loan_days": int(row["loan_days"]),
                        "max_renewals": int(row["max_renewals"]),
                        "daily_fine": row["daily_fine"],
                    },
                )
        messages.success(request, f"Imported {len(rows)} circulation rules")
        return redirect("circulation:rules")
    return render(request, "circulation/rules_upload.html", {"form": form})
