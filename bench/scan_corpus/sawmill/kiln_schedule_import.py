"""Upload view for kiln drying schedules.

Kiln operators maintain schedules (step temperatures, humidity set points and
durations per species and thickness) as YAML files on their laptops and upload
them here; the kiln controller service polls the database for new versions.
"""
import yaml
from django import forms
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.shortcuts import redirect, render

from kilns.models import KilnSchedule, ScheduleStep


class ScheduleUploadForm(forms.Form):
    kiln = forms.ModelChoiceField(queryset=None)
    file = forms.FileField()

    def __init__(self, *args, kilns=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kiln"].queryset = kilns


def _parse_schedule(raw) -> dict:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict) or "steps" not in doc:
        raise forms.ValidationError("schedule must have a 'steps' list")
    return doc


@permission_required("kilns.add_kilnschedule")
def upload_schedule(request):
    from kilns.models import Kiln

    form = ScheduleUploadForm(request.POST or None, request.FILES or None, kilns=Kiln.objects.all())
    if request.method == "POST" and form.is_valid():
        doc = _parse_schedule(form.cleaned_data["file"].read())
        with transaction.atomic():
            schedule = KilnSchedule.objects.create(
                kiln=form.cleaned_data["kiln"],
                species=doc.get("species", ""),
                thickness_mm=doc.get("thickness_mm"),
                uploaded_by=request.user,
            )
            for n, step in enumerate(doc["steps"], start=1):
                ScheduleStep.objects.create(
                    schedule=schedule,
                    seq=n,
                    dry_bulb_c=step["dry_bulb_c"],
                    wet_bulb_c=step["wet_bulb_c"],
                    hours=step["hours"],
                )
        return redirect("kilns:schedule-detail", pk=schedule.pk)
    return render(request, "kilns/upload_schedule.html", {"form": form})
