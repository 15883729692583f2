"""A bundled demo article with hand-made annotations.

``article.txt`` is an original news story written for quoteattr (an invented chemical
spill in an invented port city). ``article.conllu`` holds its tokens, sentences, lemmas,
tags, a UD dependency tree, NER and CorefUD coreference; ``article.gold.json`` lists the
15 attributions a reader finds in it. See ``README.md`` in this folder for the feature map
and the annotation conventions. Load the files with
``importlib.resources.files("quoteattr.demo") / "article.txt"``.
"""
