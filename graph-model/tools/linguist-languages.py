#!/usr/bin/env python3
"""Generates vocabulary-linguist.tsv from GitHub Linguist's languages.yml (MIT licence).

Usage: linguist-languages.py LANGUAGES_YML COMMIT > graph-model/src/main/resources/dev/techgraph/model/vocabulary-linguist.tsv

Takes the entries of type programming and markup, keeps the ones that name a language a technology
article could mention, and maps Linguist's aliases to vocabulary aliases. The decisions below are the
editorial part: what is skipped (file types, tools and frameworks the vocabulary lists under their own
kind, one- and two-letter names, names too obscure to be worth the risk of an ordinary English word),
what is marked ambiguous (matched case-sensitively and only with support) and what needs a kind cue
(an ordinary word or a person's or place's name: a capital letter in mid-sentence is not enough).
Names and aliases the other vocabulary files already list are left to them (a surface form belongs to
one entry); the script reads those files to know them.
"""
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.join(HERE, "..", "src", "main", "resources", "dev", "techgraph", "model")
OTHER_FILES = ["vocabulary.tsv", "vocabulary-ecosystems.tsv", "vocabulary-fields.tsv", "organisations.tsv"]

# file types, build files, transcripts, template dialects and variants of another entry
SKIP = set("""
Alpine Abuild|Gentoo Ebuild|Gentoo Eclass|OpenRC runscript|ShellSession|Python console|Julia REPL|Elvish Transcript
|Roff|Roff Manpage|Isabelle ROOT|Literate Agda|Literate CoffeeScript|Literate Haskell|Filebench WML
|GCC Machine Description|Module Management System|Linker Script|Makefile|Dockerfile|Procfile|Inno Setup|NSIS
|Earthly|Just|Xmake|QMake|CMake|Meson|Nix|Puppet|Salt|GDB|Cython|NumPy|RobotFramework|Snakemake|Bison|Yacc
|Lex|Jison|Jison Lex|JFlex|ANTLR|SWIG|LLVM|Cuda|Tape|Hurl|Bru|Cooklang|Genero per|Genero 4gl|Pic|RUNOFF
|Rich Text Format|Kit|Mask|Tea|Vento|Latte|Scaml|MTML|Antlers|Edge|Bikeshed|Blueprint|Vim Snippet|YASnippet
|SRecode Template|Ecmarkup|Jupyter Notebook|HTML+ECR|HTML+EEX|HTML+ERB|HTML+PHP|HTML+Razor|JavaScript+ERB
|NetLinx+ERB|NetLinx|ColdFusion CFC|Csound Document|Csound Score|Bluespec BH|Fortran Free Form|Cairo Zero
|Lean 4|Parrot|Parrot Assembly|Parrot Internal Representation|Unix Assembly|Motorola 68K Assembly
|Apollo Guidance Computer|Filterscript|Glimmer JS|Glimmer TS|Java Template Engine|Terraform Template|Genshi
|Myghty|Mako|Slim|Slint|Marko|Riot|kvlang|mdsvex|templ|SugarSS|BibTeX|BibTeX Style|D2|Answer Set Programming
|Linear Programming|Mathematical Programming System|Open Policy Agent|Tree-sitter Query|ImageJ Macro|IGOR Pro
|KoLmafia ASH|Witcher Script|mcfunction|mIRC Script|DenizenScript|RouterOS Script|Talon|Sieve|Singularity
|Praat|Pep8|ZenScript|OverPy|SQF|GSC|Quake|AGS Script|NWScript|Papyrus|JASS|KerboScript|Redscript|Nasal|DM
|LoomScript|Moocode|MUF|ZIL|ZAP|Omgrofl|Dogescript|Redcode|Pact|Cirru|Clue|Charity|Cool|Slash|Ring|Max|Monkey
|Mint|Polar|Sway|Slang|Slice|Tolk|Uno|Volt|Arc|Boo|Fancy|Genie|Glyph|Grace|Ink|Lasso|Leo|Logos|Rouge|Sail
|Scenic|Fluent|Dune|Jasmin|Nit|Opa|Quint|Jac|KFramework|Lambdapi|Langium|LigoLANG|CameLIGO|ReasonLIGO|M4
|M4Sugar|MeTTa|MiniD|MiniScript|Nearley|PEG.js|Pan|Pro*C|Propeller Spin|PogoScript|Rez|SmPL|TI Program
|TL-Verilog|Reason|Self|Visual Basic .NET|Visual Basic 6.0|X10|Yul|Zimpl|fish|jq|q|sed|ucode|wisp|mupad|ooc|eC
|B|B (Formal Method)|E|J|M|Nu|Ox|XC|XS|AL|4D|C3|ASL|ATS|CLIPS|ECL|EQ|FLUX|FPP|GAML|GAP|HIP|KRL|NCL|NMODL
|RAScript|RPC|SMT|TLA|TXL|VCL|F*|Standard ML|Boogie|C2hs Haskell|Cycript|EmberScript|HyPhy|Gno|Aleo|Aiken
|OMNeT++ MSG|OMNeT++ NED|Clarion|Asymptote|Augeas|Grammatical Framework|Java Server Pages|Groovy Server Pages
|Closure Templates|Velocity Template Language|StringTemplate|Wollok|Portugol|Oxygene|Euphoria|Lobster|Rebol
""".replace("\n", "").split("|")) - {""}

# an ordinary word or a person's or place's name: only with a kind cue, a sibling or a demanding pattern
CUE = set("""
Clean|Factor|Io|Red|Sage|Move|Noir|Squirrel|Stan|Teal|Terra|Turing|Verse|Wren|Mercury|Alloy|Lean|Limbo
|Nickel|Pike|Flix|Ceylon|Chapel|Elvish|Faust|Fennel|Forth|Janet|Jolie|Oberon|Processing|Rascal|Shen|Tact
|Ballerina|Beef|Berry|Cadence|Cairo|Clarity|Dylan|Eiffel|Frege|Harbour|Hare|Isabelle|Vala|V|Hy|Oz|P4|Curry
|Smithy|Thrift|Pug|Stylus|Liquid|Mustache|Mermaid|Roc|Pawn|Bicep
""".replace("\n", "").split("|")) - {""}

# other names that are words too, but in mid-sentence capitals almost always the language
AMBIGUOUS = set("""
Pony|Gherkin|Smarty|Luau|Motoko|Mirah|CUE|IDL|Koka|Jai|Zeek|Agda|Idris|Pyret|Gosu|Golo|Toit|Imba|Crystal
""".replace("\n", "").split("|")) - {""}

ALIAS_DROP = set("""
apples|console|node|make|man|page|progress|snippet|batch|bat|velocity|flex|rake|emacs|bazel|bzl|terraform
|opentofu|mathematica|mma|octave|delphi|coffee|inc|cake|cakescript|rusthon|splus|sh|zsh|bash|carto|clipper
|fb|ftl|sdc|xdc|wolfram|vim|nvim|viml|ls|live-script|cucumber|ur|red/system|gas|bro|typ|tsp|tsq|vhs|ql|m2|cds
|mps|gf|abl|i7|ksy|kak|kakscript|pasm|pir|posh|ags|b3d|blitz3d|blitzplus|bplus|bmax|dtrace-script|cask|eask
|nargo|nush|nu-script|nushell-script|njk|opy|pikchr|postscr|qb|qbasic|classic qbasic|classic quickbasic
|ragel-rb|ragel-ruby|soy|chpl|be|bsv|bluespec bsv|c2hs|cfc|cfm|coldfusion html|csound-orc|lisp|cwl|dcl|byond
|esdl|ecmarkdown|edge|xml+genshi|xml+kid|gotmpl|hbs|htmlbars|ijm|ilasm|jass2|lassoscript|ligolang|lhaskell
|lhs|litcoffee|m68k|mumps|mermaid example|nixos|omnetpp-msg|omnetpp-ned|openedge|pov-ray|powerquery|pycon
|pyrex|renpy|rpcgen|oncrpc|xdr|sqlrpgle|ile rpg|rscript|saltstack|saltstate|snakefile|sourcemod|squeak|surql
|typescriptreact|vb6|vb 6|vtl|wl|wast|wasm|wrenlang|xsl|yas|gjs|gts|jte|gsp|java server page|hylang|odin-lang
|odinlang|ahk|au3|autoit3|autoitscript|dosbatch|winbatch|cperl|jruby|macruby|rb|rbx|rs|py|py3|python3|js
|ts|arexx|imhex|imhexpl|imhexpatternlanguage|coffee-script|actionscript 3|actionscript3|as3|advpl
""".replace("\n", "").split("|")) - {""}


def key(s):
    """The vocabulary's Keys.of: NFKC, lower case, separators folded."""
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"[\s\-_\u2010-\u2015/]+", " ", s).strip()


def known_forms():
    forms = set()
    for name in OTHER_FILES:
        path = os.path.join(MODEL, name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = [f.strip() for f in line.split("|")]
            forms.add(key(fields[1]))
            if len(fields) > 2:
                forms.update(key(a) for a in fields[2].split(",") if a.strip())
    return forms


def main():
    source, commit = sys.argv[1], sys.argv[2]
    languages = yaml.safe_load(open(source, encoding="utf-8"))
    known = known_forms()
    print("# TechGraph vocabulary: programming and markup languages from GitHub Linguist.")
    print("#")
    print("# Source: github-linguist/linguist, lib/linguist/languages.yml at commit")
    print(f"# {commit}. Licence: MIT, Copyright (c) 2017 GitHub, Inc.")
    print("# (the licence text is in vocabulary-linguist.LICENSE next to this file and in")
    print("# the README's licences section). Generated by")
    print("# graph-model/tools/linguist-languages.py, which records what was skipped and")
    print("# why; edit the script's lists and regenerate rather than editing this file.")
    print("#")
    print("# Only entries of type programming and markup; names and aliases the other")
    print("# vocabulary files list are left to them. 'needs-cue': the name is an ordinary")
    print("# word or a person's or place's name, so it counts only with a kind cue ('the")
    print("# Wren language'), a sibling technology or a pattern that demands one.")
    print()
    taken = set()
    for name, entry in languages.items():
        if entry.get("type") not in ("programming", "markup") or name in SKIP:
            continue
        if key(name) in known or key(name) in taken:
            continue
        aliases = []
        for alias in entry.get("aliases", []) or []:
            k = key(alias)
            if len(k) < 3 or alias.lower() in ALIAS_DROP or k in known or k in taken or k == key(name) \
                    or any(key(a) == k for a in aliases):
                continue
            aliases.append(alias)
        options = "needs-cue" if name in CUE else "ambiguous" if name in AMBIGUOUS else ""
        taken.add(key(name))
        taken.update(key(a) for a in aliases)
        print(f"Language | {name} | {', '.join(aliases)} | {options}".rstrip())


if __name__ == "__main__":
    main()
