"""Building and running Stanza: pipelines, model downloads, batched annotation.

quoteattr needs Stanza's ``tokenize,mwt,pos,lemma,depparse,ner,coref`` annotations.
:func:`build_pipeline` builds a :class:`stanza.Pipeline` for them and turns Stanza's
many ways of failing on missing models into one :class:`~quoteattr.errors.ModelsUnavailableError`
that says what to do. :func:`download_models` fetches the models once, with network access.

:func:`annotate` runs a pipeline on one text; :func:`annotate_many` runs it on many,
lazily and in batches. Batching needs care: Stanza 1.15's ``Pipeline.bulk_process`` and
``Pipeline.stream`` merge the batch into one document before each processor, and the
coref processor does not undo that, so its chains would run across documents and every
document's ``.coref`` would come back empty. :func:`annotate_many` therefore batches
every other processor and runs coref one document at a time.

Stanza itself is imported on first use, so ``import quoteattr`` stays fast.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Sized
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from quoteattr.errors import ConfigurationError, InputError, ModelsUnavailableError

if TYPE_CHECKING:
    import stanza
    from stanza.models.common.doc import Document

__all__ = [
    "OPTIONAL_ANNOTATIONS",
    "PROCESSORS",
    "REQUIRED_ANNOTATIONS",
    "DownloadPolicy",
    "annotate",
    "annotate_many",
    "build_pipeline",
    "check_pipeline",
    "download_models",
    "pipeline_provides",
    "resolve_resources_dir",
]

#: The Stanza processors quoteattr asks for, in Stanza's syntax.
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner,coref"

#: Annotations quoteattr cannot work without.
REQUIRED_ANNOTATIONS: frozenset[str] = frozenset({"tokenize", "pos", "lemma", "depparse"})

#: Annotations quoteattr uses when present: named entities and coreference chains.
OPTIONAL_ANNOTATIONS: frozenset[str] = frozenset({"ner", "coref"})

#: How :func:`build_pipeline` may use the network.
#:
#: * ``"reuse"``: use the models already in the resources directory and download only
#:   missing ones (and ``resources.json`` if it is missing). Stanza's ``REUSE_RESOURCES``.
#: * ``"force"``: fetch a fresh ``resources.json`` and re-download every model whose
#:   checksum no longer matches it. Stanza's ``DOWNLOAD_RESOURCES``.
#: * ``"never"``: touch no network at all (Hugging Face transformers included); fail if
#:   anything is missing. Stanza's ``download_method=None``.
DownloadPolicy = Literal["reuse", "force", "never"]

_DOWNLOAD_METHODS: dict[str, str] = {
    "reuse": "REUSE_RESOURCES",
    "force": "DOWNLOAD_RESOURCES",
    "never": "NONE",
}

# Options that build_pipeline sets itself, with the keyword to use instead.
_RESERVED_OPTIONS: dict[str, str] = {
    "dir": "resources_dir",
    "model_dir": "resources_dir",
    "download_method": "download",
}

_STANZA_RESOURCES_URL = "https://raw.githubusercontent.com/stanfordnlp/stanza-resources/"


# --------------------------------------------------------------------------- resources


def resolve_resources_dir(resources_dir: str | os.PathLike[str] | None = None) -> Path:
    """Return the directory Stanza's models are (or will be) kept in.

    In order: ``resources_dir`` if given, else ``$STANZA_RESOURCES_DIR`` if set, else
    Stanza's default (``~/.cache/stanza/<version>/resources`` on Linux, from
    ``platformdirs``). The environment is read at call time, not at import time.
    """
    if resources_dir is not None:
        return Path(resources_dir).expanduser()
    from_env = os.environ.get("STANZA_RESOURCES_DIR")
    if from_env:
        return Path(from_env).expanduser()
    from stanza.resources.common import USER_CACHE_DIR

    return Path(USER_CACHE_DIR) / "resources"


def _advice(directory: Path) -> str:
    return (
        "To fix this, do one of:\n"
        "  - download the models once, with network access: run `quoteattr download` "
        "(or `python -m quoteattr download`, or call quoteattr.pipeline.download_models());\n"
        "  - point quoteattr to models you already have: set STANZA_RESOURCES_DIR or pass "
        f"resources_dir=... (looked in {directory});\n"
        "  - do without Stanza: pass pre-annotated CoNLL-U instead (quoteattr.read_conllu)."
    )


def _network_error_types() -> tuple[type[BaseException], ...]:
    """Exception types that mean "a download failed".

    ``requests`` and ``huggingface_hub`` errors derive from :class:`OSError`; the
    ``httpx``/``httpx2`` transport errors that ``huggingface_hub`` may let through do
    not, so they are added when those libraries are loaded (never imported here).
    """
    types: list[type[BaseException]] = [OSError]
    for name in ("httpx2", "httpx"):
        module = sys.modules.get(name)
        error = getattr(module, "TransportError", None)
        if isinstance(error, type) and issubclass(error, BaseException):
            types.append(error)
    return tuple(types)


def _is_download_error(error: BaseException) -> bool:
    """Whether ``error`` comes from an HTTP client (requests, huggingface_hub, httpx)."""
    from requests.exceptions import RequestException

    non_os_errors = tuple(t for t in _network_error_types() if not issubclass(t, OSError))
    return isinstance(error, (RequestException, *non_os_errors)) or type(
        error
    ).__module__.startswith("huggingface_hub")


def _configuration_error_types() -> tuple[type[BaseException], ...]:
    """Stanza's exceptions for a language or processor it has no model for at all."""
    from stanza.pipeline.core import UnsupportedProcessorError
    from stanza.resources.common import UnknownLanguageError, UnknownProcessorError

    return (UnsupportedProcessorError, UnknownLanguageError, UnknownProcessorError)


def _unavailable(
    what: str, directory: Path, error: BaseException, *, download: str | None
) -> ModelsUnavailableError:
    """Build the ModelsUnavailableError for ``error`` (the caller chains it)."""
    from stanza.pipeline.core import LanguageNotDownloadedError
    from stanza.resources.common import ResourcesFileNotFoundError

    if isinstance(error, ImportError):
        return ModelsUnavailableError(
            f"{what}: a library Stanza needs is not installed ({error}). Stanza's coref "
            "model needs `transformers` and `peft`: run `pip install 'stanza[transformers]'`, "
            "or leave coref out of processors (quoteattr then resolves fewer speakers)."
        )
    if isinstance(error, ResourcesFileNotFoundError):
        reason = f"there is no resources.json in {directory}"
    elif isinstance(error, LanguageNotDownloadedError):
        reason = (
            f"no models for language {error.lang!r}: {error.lang_dir} is missing "
            f"(looked for {error.model_path})"
        )
    elif isinstance(error, FileNotFoundError):
        reason = f"a model file is missing ({error})"
    elif _is_download_error(error):
        reason = f"a download failed ({type(error).__name__}: {error})"
    else:
        reason = f"Stanza could not load them ({type(error).__name__}: {error})"
    if download == "never":
        reason += "; download='never' forbids downloading them"
    return ModelsUnavailableError(f"{what}: {reason}.\n{_advice(directory)}")


def _check_local_resources(directory: Path, lang: str, *, allow_unknown_language: bool) -> None:
    """Fail early, with a clear message, when download='never' cannot possibly work."""
    resources_file = directory / "resources.json"
    if not resources_file.is_file():
        raise ModelsUnavailableError(
            f"Stanza's models are not available: there is no resources.json in {directory}, "
            f"and download='never' forbids downloading it.\n{_advice(directory)}"
        )
    if allow_unknown_language:
        return
    try:
        resources = json.loads(resources_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelsUnavailableError(
            f"Stanza's models are not available: {resources_file} cannot be read ({error}).\n"
            f"{_advice(directory)}"
        ) from error
    if not isinstance(resources, dict) or lang.strip().lower() not in resources:
        raise ModelsUnavailableError(
            f"Stanza's models are not available: {resources_file} lists no models for "
            f"language {lang!r}, and download='never' forbids downloading them.\n"
            f"{_advice(directory)}"
        )


# --------------------------------------------------------------------------- building


def build_pipeline(
    *,
    lang: str = "en",
    use_gpu: bool | None = None,
    download: DownloadPolicy = "reuse",
    resources_dir: str | os.PathLike[str] | None = None,
    processors: str = PROCESSORS,
    **stanza_options: Any,
) -> stanza.Pipeline:
    """Build a Stanza pipeline with the annotations quoteattr needs.

    Args:
        lang: the language code (quoteattr's lexicons are English).
        use_gpu: ``None`` uses a GPU when there is one; ``False`` forces the CPU.
        download: when to download models, see :data:`DownloadPolicy`.
        resources_dir: where the models live; see :func:`resolve_resources_dir`.
        processors: Stanza's processor list; default :data:`PROCESSORS`.
        **stanza_options: passed on to :class:`stanza.Pipeline` (``tokenize_no_ssplit``,
            ``coref_batch_size``, ``logging_level``...). Use ``resources_dir`` and
            ``download`` instead of Stanza's ``dir`` and ``download_method``.

    Raises:
        ModelsUnavailableError: models are missing and could not be downloaded, or a
            library a model needs is missing. The message says what to do; the
            original exception is chained.
        ConfigurationError: an unknown ``download`` policy, a reserved option, or a
            language or processor Stanza has no model for.
    """
    if download not in _DOWNLOAD_METHODS:
        raise ConfigurationError(
            f"download={download!r} is not a download policy; "
            f"use one of {', '.join(map(repr, _DOWNLOAD_METHODS))}."
        )
    for option, instead in _RESERVED_OPTIONS.items():
        if option in stanza_options:
            raise ConfigurationError(
                f"build_pipeline() sets Stanza's {option}= itself; pass {instead}= instead."
            )
    directory = resolve_resources_dir(resources_dir)
    if download == "never":
        _check_local_resources(
            directory,
            lang,
            allow_unknown_language=bool(stanza_options.get("allow_unknown_language")),
        )

    import stanza
    from stanza.pipeline.core import DownloadMethod

    what = f"Stanza's models for {lang!r} ({processors}) are not available"
    unavailable: tuple[type[BaseException], ...] = (ImportError, *_network_error_types())
    try:
        return stanza.Pipeline(
            lang=lang,
            dir=str(directory),
            processors=processors,
            use_gpu=use_gpu,
            download_method=DownloadMethod[_DOWNLOAD_METHODS[download]],
            **stanza_options,
        )
    except _configuration_error_types() as error:
        raise ConfigurationError(
            f"Stanza cannot build {processors!r} for language {lang!r}: {error}"
        ) from error
    except unavailable as error:
        raise _unavailable(what, directory, error, download=download) from error


def download_models(
    *,
    lang: str = "en",
    resources_dir: str | os.PathLike[str] | None = None,
    processors: str = PROCESSORS,
    progress: bool = True,
    fetch_transformer: bool = True,
) -> Path:
    """Download Stanza's models for ``processors`` (network access needed) and return their directory.

    The models come from Stanza's default packages for ``lang`` (for English coref:
    ``udcoref_xlm-roberta-lora``). Files already present with the right checksum are
    kept. The coref model also needs its transformer (XLM-RoBERTa large, about 2 GB)
    from the Hugging Face hub, kept in the Hugging Face cache (``$HF_HOME``), not in the
    resources directory; with ``fetch_transformer`` it is fetched now by loading the coref
    model once through Stanza, which needs the ``transformers`` and ``peft`` libraries
    (``pip install 'stanza[transformers]'``). Without them a warning says so and the
    transformer is fetched on first use instead.

    Raises:
        ModelsUnavailableError: a download failed (no network, proxy, firewall...).
        ConfigurationError: Stanza has no such language or processor.
    """
    directory = resolve_resources_dir(resources_dir)

    import stanza

    logging_level = "INFO" if progress else "WARN"
    try:
        stanza.download(
            lang=lang,
            model_dir=str(directory),
            processors=processors,
            logging_level=logging_level,
        )
    except _configuration_error_types() as error:
        raise ConfigurationError(
            f"Stanza has no models for {processors!r} in language {lang!r}: {error}"
        ) from error
    except _network_error_types() as error:
        raise ModelsUnavailableError(
            f"Could not download Stanza's models for {lang!r} into {directory} "
            f"({type(error).__name__}: {error}).\n"
            f"The download needs HTTPS access to {_STANZA_RESOURCES_URL} and to "
            "huggingface.co (set HTTPS_PROXY if you are behind a proxy). Or copy a "
            "resources directory from a machine that has one and set STANZA_RESOURCES_DIR "
            "to it, or pass pre-annotated CoNLL-U instead (quoteattr.read_conllu)."
        ) from error

    wanted = {name.strip().lower() for name in processors.split(",")}
    if fetch_transformer and "coref" in wanted:
        _fetch_coref_transformer(lang, directory, logging_level)
    return directory


def _fetch_coref_transformer(lang: str, directory: Path, logging_level: str) -> None:
    """Load the coref model once so that Stanza pulls its transformer from the hub."""
    import stanza
    from stanza.pipeline.core import DownloadMethod

    try:
        stanza.Pipeline(
            lang=lang,
            dir=str(directory),
            processors="tokenize,coref",
            tokenize_pretokenized=True,
            download_method=DownloadMethod.REUSE_RESOURCES,
            logging_level=logging_level,
            use_gpu=False,
        )
    except ImportError as error:
        warnings.warn(
            f"Stanza's coref model was downloaded, but its transformer was not: {error} "
            "Install `transformers` and `peft` (pip install 'stanza[transformers]'); the "
            "transformer is then fetched from the Hugging Face hub the first time coref runs.",
            UserWarning,
            stacklevel=3,
        )
    except _network_error_types() as error:
        raise ModelsUnavailableError(
            "Stanza's coref model was downloaded, but its transformer could not be fetched "
            f"from the Hugging Face hub ({type(error).__name__}: {error}). Check HTTPS access "
            "to huggingface.co, or leave coref out of processors."
        ) from error


# --------------------------------------------------------------------------- checking


def _check_runnable(pipeline: object) -> None:
    if not (callable(getattr(pipeline, "process", None)) and hasattr(pipeline, "processors")):
        raise ConfigurationError(
            f"Expected a stanza.Pipeline (e.g. from quoteattr.pipeline.build_pipeline()), "
            f"got {type(pipeline).__name__}."
        )


def pipeline_provides(pipeline: stanza.Pipeline) -> frozenset[str]:
    """Return the annotations a Stanza pipeline provides (``"tokenize"``, ``"ner"``, ...).

    These are what its processors declare (their ``provides``), so a custom processor
    registered under another name that provides ``"ner"`` counts as ``"ner"``.
    """
    _check_runnable(pipeline)
    provided: set[str] = set()
    for processor in pipeline.processors.values():
        provided.update(getattr(processor, "provides", None) or ())
    return frozenset(provided)


def check_pipeline(pipeline: stanza.Pipeline, *, warn: bool = True) -> frozenset[str]:
    """Check that a user-supplied pipeline gives quoteattr what it needs.

    Returns the annotations it provides. Warns (``UserWarning``) when named entities or
    coreference are missing, since attribution works without them but resolves fewer
    speakers.

    Raises:
        ConfigurationError: ``pipeline`` is not a Stanza pipeline, or lacks one of
            :data:`REQUIRED_ANNOTATIONS`.
    """
    provided = pipeline_provides(pipeline)
    missing = REQUIRED_ANNOTATIONS - provided
    if missing:
        raise ConfigurationError(
            f"The Stanza pipeline lacks {', '.join(sorted(missing))}, which quoteattr needs "
            f"(it provides {', '.join(sorted(provided)) or 'nothing'}). Build it with "
            f"processors={PROCESSORS!r}, e.g. with quoteattr.pipeline.build_pipeline()."
        )
    optional_missing = OPTIONAL_ANNOTATIONS - provided
    if warn and optional_missing:
        warnings.warn(
            f"The Stanza pipeline has no {' or '.join(sorted(optional_missing))}; "
            "quoteattr will resolve fewer speakers. Add it to the pipeline's processors "
            f"({PROCESSORS!r}).",
            UserWarning,
            stacklevel=2,
        )
    return provided


# --------------------------------------------------------------------------- running


def _check_text(text: object, where: str) -> str:
    if isinstance(text, str):
        return text
    hint = ""
    if isinstance(text, (bytes, bytearray)):
        hint = "; decode it first, e.g. data.decode('utf-8')"
    elif type(text).__name__ == "Document":
        hint = "; it looks already annotated, so use it directly"
    raise InputError(f"{where} must be a str, got {type(text).__name__}{hint}.")


def _empty_document(text: str) -> Document:
    from stanza.models.common.doc import Document

    return Document([], text=text)


def annotate(pipeline: stanza.Pipeline, text: str) -> Document:
    """Annotate one text with ``pipeline`` and return the :class:`stanza.Document`.

    Text that is empty or only whitespace is not sent to Stanza: the result is a
    Document with that text, no sentences and no coref chains.

    Raises:
        InputError: ``text`` is not a str (the message names its type).
        ConfigurationError: ``pipeline`` is not a Stanza pipeline.
    """
    _check_runnable(pipeline)
    text = _check_text(text, "The text to annotate")
    if not text.strip():
        return _empty_document(text)
    return pipeline.process(text)


def _stages(pipeline: stanza.Pipeline) -> tuple[list[str], list[str], list[str]]:
    """Split the pipeline's processors, in Stanza's order, around the coref ones."""
    from stanza.pipeline.registry import PIPELINE_NAMES

    names = [name for name in dict.fromkeys(PIPELINE_NAMES) if pipeline.processors.get(name)]
    is_coref = [
        "coref" in (getattr(pipeline.processors[name], "provides", None) or ()) for name in names
    ]
    if not any(is_coref):
        return names, [], []
    first = is_coref.index(True)
    before = names[:first]
    coref = [name for name, flag in zip(names, is_coref, strict=True) if flag]
    after = [name for name, flag in zip(names[first:], is_coref[first:], strict=True) if not flag]
    return before, coref, after


def _renumber(document: Document) -> None:
    """Number sentences from 0 within their own document, as annotate() does."""
    for index, sentence in enumerate(document.sentences):
        sentence.index = index
    document.reindex_sentences(0)


def _progress_enabled(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty is not None and isatty())


def annotate_many(
    pipeline: stanza.Pipeline,
    texts: Iterable[str],
    *,
    batch_size: int = 32,
    progress: bool | None = None,
) -> Iterator[Document]:
    """Annotate many texts, yielding one :class:`stanza.Document` per text, in order.

    ``texts`` is consumed lazily, ``batch_size`` texts at a time, so memory stays
    bounded however long it is. Within a batch every processor except coref runs on all
    documents at once (Stanza's fast path); coref runs on each document alone, so its
    chains never cross documents. Each document's sentences are numbered from 0
    (``sentence.index`` and ``sent_id``), exactly as :func:`annotate` numbers them.
    Empty or whitespace-only texts give an empty Document, as in :func:`annotate`.

    Args:
        pipeline: a Stanza pipeline, e.g. from :func:`build_pipeline`.
        texts: any iterable of str (a list, a generator, a file's lines...).
        batch_size: how many texts to annotate together.
        progress: show a tqdm progress bar on stderr; ``None`` shows it only when
            stderr is a terminal, and only for runs longer than a second or two.

    Raises:
        ConfigurationError: ``pipeline`` is not a Stanza pipeline, or ``batch_size``
            is not a positive int (raised at the call).
        InputError: ``texts`` is a single str, or one of its items is not a str
            (raised when that item's batch is reached).
    """
    _check_runnable(pipeline)
    if isinstance(texts, (str, bytes)):
        raise InputError(
            "annotate_many() takes an iterable of texts, not a single "
            f"{type(texts).__name__}; use annotate() for one text."
        )
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigurationError(f"batch_size must be a positive int, got {batch_size!r}.")
    total = len(texts) if isinstance(texts, Sized) else None
    return _annotate_batches(
        pipeline,
        iter(texts),
        batch_size=batch_size,
        show=_progress_enabled(progress),
        delay=0.0 if progress else 2.0,
        total=total,
    )


def _annotate_batches(
    pipeline: stanza.Pipeline,
    texts: Iterator[str],
    *,
    batch_size: int,
    show: bool,
    delay: float,
    total: int | None,
) -> Iterator[Document]:
    from tqdm.auto import tqdm

    before, coref, after = _stages(pipeline)
    position = 0
    with tqdm(
        total=total,
        unit="doc",
        desc="Annotating",
        disable=not show,
        delay=delay,
        file=sys.stderr,
    ) as bar:
        while batch := list(itertools.islice(texts, batch_size)):
            checked = [
                _check_text(text, f"Item {position + offset} of texts")
                for offset, text in enumerate(batch)
            ]
            position += len(batch)
            for document in _annotate_batch(pipeline, checked, before, coref, after):
                bar.update(1)
                yield document


def _annotate_batch(
    pipeline: stanza.Pipeline,
    texts: list[str],
    before: list[str],
    coref: list[str],
    after: list[str],
) -> list[Document]:
    from stanza.models.common.doc import Document

    results = [_empty_document(text) for text in texts]
    live = [index for index, text in enumerate(texts) if text.strip()]
    if not live:
        return results
    documents = [Document([], text=texts[index]) for index in live]
    if before:
        documents = pipeline.process(documents, processors=before)
    if coref:
        # One document at a time: Pipeline.process on a single Document calls each
        # processor's process(), never the bulk_process() that merges documents.
        documents = [
            pipeline.process(document, processors=coref) if document.sentences else document
            for document in documents
        ]
    if after:
        documents = pipeline.process(documents, processors=after)
    for index, document in zip(live, documents, strict=True):
        _renumber(document)
        results[index] = document
    return results
