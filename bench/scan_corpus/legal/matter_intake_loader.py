"""Import a new-matter intake questionnaire uploaded through the client portal."""
import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .forms import IntakeUploadForm
from .models import IntakeSubmission

REQUIRED_KEYS = {"client", "matter_type", "parties", "summary"}
MAX_UPLOAD_BYTES = 2 * 1024 * 1024


def parse_questionnaire(raw: bytes) -> dict:
    data = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError("questionnaire must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ValueError(f"missing sections: {', '.join(sorted(missing))}")
    return data


@login_required
@require_POST
def upload_intake(request):
    form = IntakeUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return HttpResponseBadRequest("invalid upload")
    upload = form.cleaned_data["questionnaire"]
    if upload.size > MAX_UPLOAD_BYTES:
        return HttpResponseBadRequest("file too large")
    try:
        answers = parse_questionnaire(upload.read())
    except (yaml.YAMLError, ValueError) as exc:
        return HttpResponseBadRequest(str(exc))
    submission = IntakeSubmission.objects.create(
        portal_user=request.user,
        matter_type=str(answers["matter_type"])[:64],
        answers=answers,
    )
    return JsonResponse({"submission": submission.pk}, status=201)
