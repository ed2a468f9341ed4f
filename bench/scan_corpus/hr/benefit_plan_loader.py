"""Admin upload of benefit plan definitions (YAML exported from the broker portal)."""
import yaml
from django import forms
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.db import transaction
from django.shortcuts import redirect, render

from benefits.models import BenefitPlan

YAML_OPTIONS = {"Loader": yaml.Loader}
REQUIRED_KEYS = {"code", "name", "carrier", "employee_cost", "employer_cost"}


class PlanUploadForm(forms.Form):
    plan_file = forms.FileField(help_text="YAML list of plans")


def parse_plans(stream) -> list[dict]:
    doc = yaml.load(stream, **YAML_OPTIONS)
    plans = doc.get("plans", []) if isinstance(doc, dict) else []
    for plan in plans:
        missing = REQUIRED_KEYS - plan.keys()
        if missing:
            raise ValueError(f"plan {plan.get('code', '?')} missing {sorted(missing)}")
    return plans


@staff_member_required
def upload_plans(request):
    form = PlanUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            plans = parse_plans(form.cleaned_data["plan_file"])
        except (ValueError, yaml.YAMLError) as exc:
            form.add_error("plan_file", str(exc))
        else:
            with transaction.atomic():
                for plan in plans:
                    BenefitPlan.objects.update_or_create(code=plan["code"], defaults=plan)
            messages.success(request, f"Imported {len(plans)} plans")
            return redirect("admin:benefits_benefitplan_changelist")
    return render(request, "benefits/upload_plans.html", {"form": form})
