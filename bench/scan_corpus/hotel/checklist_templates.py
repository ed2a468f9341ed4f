"""Room-cleaning checklist templates uploaded by executive housekeepers.

Templates are YAML so housekeepers can edit them by hand::

    room_type: DLX
    steps:
      - area: bathroom
        items: [replace towels, restock amenities, clean mirror]
"""
import yaml
from django import forms
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse

from .models import ChecklistTemplate


class TemplateUploadForm(forms.Form):
    property_code = forms.CharField(max_length=8)
    file = forms.FileField()


def parse_template(stream) -> dict:
    data = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(data, dict) or "steps" not in data:
        raise forms.ValidationError("template must have a 'steps' list")
    for step in data["steps"]:
        if not isinstance(step.get("items"), list):
            raise forms.ValidationError(f"step {step.get('area')!r} has no items")
    return data


@permission_required("housekeeping.change_checklisttemplate")
def upload_template(request):
    form = TemplateUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    try:
        data = parse_template(form.cleaned_data["file"])
    except (yaml.YAMLError, forms.ValidationError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    tpl, _ = ChecklistTemplate.objects.update_or_create(
        property_code=form.cleaned_data["property_code"],
        room_type=data.get("room_type", "*"),
        defaults={"steps": data["steps"]},
    )
    return JsonResponse({"id": tpl.pk, "steps": len(data["steps"])})
