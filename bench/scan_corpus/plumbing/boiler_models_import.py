"""Admin upload of manufacturer boiler model specs (YAML) used to prefill service records."""

import yaml
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from servicing.models import BoilerModel

REQUIRED_KEYS = {"manufacturer", "model", "gc_number", "fuel", "output_kw"}


def _load_specs(stream) -> list[dict]:
    data = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(data, dict) or not isinstance(data.get("models"), list):
        raise ValueError("expected a mapping with a 'models' list")
    return data["models"]


@staff_member_required
@require_POST
def upload_boiler_models(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("specs")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        specs = _load_specs(upload.read().decode("utf-8"))
    except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    created = 0
    for spec in specs:
        missing = REQUIRED_KEYS - spec.keys()
        if missing:
            return JsonResponse({"error": f"missing {sorted(missing)} in {spec.get('model')}"}, status=400)
        _, was_created = BoilerModel.objects.update_or_create(
            gc_number=str(spec["gc_number"]),
            defaults={k: spec[k] for k in REQUIRED_KEYS - {"gc_number"}},
        )
        created += int(was_created)
    return JsonResponse({"models": len(specs), "created": created})
