"""Imports MusicXML arrangements uploaded by teachers into the sheet-music library."""
from dataclasses import dataclass, field
from typing import List

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from .models import Arrangement

UKULELE_TUNINGS = {"G4 C4 E4 A4": "standard", "G3 C4 E4 A4": "low-g", "D4 G4 B4 E5": "baritone"}


@dataclass
class ParsedScore:
    title: str
    composer: str
    parts: List[str] = field(default_factory=list)
    measures: int = 0
    tuning: str = "standard"


def parse_musicxml(data: bytes) -> ParsedScore:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    root = etree.fromstring(data, parser)
    title = root.findtext("work/work-title") or root.findtext("movement-title") or "Untitled"
    composer = root.findtext("identification/creator[@type='composer']") or ""
    parts = [p.findtext("part-name") or p.get("id") for p in root.iterfind("part-list/score-part")]
    first_part = root.find("part")
    measures = len(first_part.findall("measure")) if first_part is not None else 0
    tuning_steps = [
        f"{t.findtext('tuning-step')}{t.findtext('tuning-octave')}"
        for t in root.iterfind(".//staff-details/staff-tuning")
    ]
    tuning = UKULELE_TUNINGS.get(" ".join(tuning_steps), "standard")
    return ParsedScore(title=title.strip(), composer=composer.strip(), parts=parts,
                       measures=measures, tuning=tuning)


@require_POST
@login_required
@permission_required("library.add_arrangement", raise_exception=True)
def upload_arrangement(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("score")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    if upload.size > 5 * 1024 * 1024:
        return JsonResponse({"error": "file too large"}, status=413)
    try:
        score = parse_musicxml(upload.read())
    except etree.XMLSyntaxError as exc:
        return JsonResponse({"error": f"invalid MusicXML: {exc.msg}"}, status=400)
    arrangement = Arrangement.objects.create(
        title=score.title,
        composer=score.composer,
        tuning=score.tuning,
        measure_count=score.measures,
        uploaded_by=request.user,
    )
    return JsonResponse({"id": arrangement.pk, "title": score.title, "parts": score.parts})
