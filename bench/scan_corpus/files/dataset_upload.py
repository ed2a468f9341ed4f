from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

import pandas as pd

from .models import SurveyDataset

READERS = {
    ".csv": lambda f: pd.read_csv(f, low_memory=False),
    ".parquet": pd.read_parquet,
}


class DatasetUploadForm(forms.Form):
    name = forms.CharField(max_length=120)
    data = forms.FileField(help_text="CSV or Parquet file")


@login_required
def upload_dataset(request):
    if request.method != "POST":
        return render(request, "surveys/upload.html", {"form": DatasetUploadForm()})

    form = DatasetUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "surveys/upload.html", {"form": form}, status=400)

    upload = request.FILES["data"]
    ext = "." + upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    reader = READERS.get(ext)
    if reader is None:
        form.add_error("data", "unsupported file type")
        return render(request, "surveys/upload.html", {"form": form}, status=400)

    df = reader(upload)
    dataset = SurveyDataset.objects.create(
        owner=request.user,
        name=form.cleaned_data["name"],
        n_rows=len(df),
        columns=list(map(str, df.columns)),
    )
    dataset.store_frame(df)
    return redirect("surveys:dataset-detail", pk=dataset.pk)
