/*
 * newscorpus._speedups: C kernels of the compiled build. Each has a pure-Python twin, the reference.
 *
 * 1. The word-trigram comparison of newscorpus.kinds.pullquotes.highlights().
 *
 * trigram_overlaps(data, pool, threshold, max_tokens, max_postings) -> (lengths, overlaps)
 *
 * data holds the page's lines, separated by b"\n", already lower-cased and with punctuation turned into
 * spaces (pullquotes._blob()). A line's tokens are line.split()[:max_tokens] (ASCII whitespace separates
 * them, as bytes.split() does); its trigrams are the distinct runs of three consecutive tokens. lengths is
 * the token count of every line. The candidates are the lines of pool (indexes out of range are ignored,
 * repeated ones count once) with 4 tokens or more. A candidate is kept when at least threshold of its
 * distinct trigrams are also held by a second line; overlaps maps each kept candidate i to (number of its
 * distinct trigrams, {line j != i: trigrams of i that j holds}), where the lines that hold a trigram are
 * only the first max_postings in page order (the posting cap: a phrase repeated on every line of a long
 * page stays linear). pullquotes._trigram_overlaps() is the same in Python, and the reference.
 *
 * Words are interned by their bytes (an open-addressing table of the candidates' distinct words), and
 * trigrams are triples of word ids (a second table, of the candidates' trigrams): every comparison is
 * exact. Both tables are sized from the candidates' token counts, so nothing is ever rehashed; the
 * candidates are read once, and the other lines' words are only looked up. The work is linear in the
 * size of data.
 *
 * blob(texts, lower) -> bytes
 *
 * The data trigram_overlaps() reads: pullquotes._blob(texts), the texts one a line, each its first 4000
 * characters lower-cased, with punctuation as spaces, in UTF-8. An ASCII text (str.isascii()) is done
 * here, through a table: A-Z lower-cased; ASCII punctuation, b"\x1c" to b"\x1f" and a b"\n" inside the
 * text as spaces (as pullquotes._BYTE_TABLE and _blob() have them). So is a text of Latin-1 characters
 * and wide punctuation only (latin_blob(): their lower case is one character, known here). Any other text
 * is lowered by lower(text) (pullquotes._line_lower(): its first 4000 characters through str.lower(),
 * whose full Unicode case mapping stays Python's), then written here: ASCII characters through the same table,
 * pullquotes._WIDE_PUNCT's marks as spaces (is_wide_punct()), the rest in UTF-8, lone surrogates too
 * (as "surrogatepass").
 *
 * 2. The segments of an Article, built in one call (newscorpus.model.build_segments()).
 *
 * segments(segment_type, span_type, text, kinds, offsets, reasons[, shared]) -> tuple of segment_type
 *
 * Segment i is kinds[i], the span offsets[2i]..offsets[2i+1], text[offsets[2i]:offsets[2i+1]] and
 * reasons[i]. shared (optional) holds a str (or None) a segment: one that has the very characters of the
 * segment's slice is used as its text instead of a new slice (the pipeline passes its lines' normalised
 * texts, most of which are such slices: no second copy, no second search for the widest character). The objects are allocated and their slots filled directly, as the pure twin does through
 * the slots' descriptors: no validator runs (the pipeline's values are valid by construction, and the
 * offsets are still checked here). The slots are found by name in the two classes, and must be plain
 * object slots (member descriptors), as attrs makes them for slotted classes.
 *
 * 3. Whether a line holds one of a set of words as a token (newscorpus.kinds.furniture: the language and
 * social-network names of menus and share rows), without making a str of every token: any_token_in().
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <stdint.h>
#include <string.h>

/* A token of a candidate line (or the word at hand of another line): its bytes and their hash. A word's
 * id is the index of the first of the candidates' tokens with its bytes. */
typedef struct {
    const unsigned char *start;
    Py_ssize_t len;
    uint64_t hash;
} Word;

typedef struct {
    Py_ssize_t word[3];     /* word ids */
    Py_ssize_t last_line;   /* the last line found holding it (a line counts once) */
    Py_ssize_t last_cand;   /* the last candidate found holding it (idem) */
    Py_ssize_t holders;     /* lines holding it, counted up to 2 */
    Py_ssize_t first, last; /* its posting list: indexes into postings, -1 when empty */
    Py_ssize_t npostings;
} Trigram;

typedef struct {
    Py_ssize_t line;
    Py_ssize_t next; /* the next posting of the same trigram, -1 at the end */
} Posting;

typedef struct {
    Py_ssize_t start, stop; /* data[start:stop]; data[stop] is its b"\n", or the b"\0" after data */
    Py_ssize_t tokens;      /* its token count */
    Py_ssize_t count;       /* shared trigrams with the candidate at hand (0 between candidates) */
    Py_ssize_t cand;        /* its candidate number, -1 when it is none */
    char asked;             /* in pool */
} Line;

typedef struct {
    Py_ssize_t line;
    Py_ssize_t first_token, ntokens;      /* its tokens: toks[first_token:first_token + ntokens] */
    Py_ssize_t first_trigram, ntrigrams; /* its distinct trigram ids: cand_trigrams[first_trigram:...] */
} Candidate;

/* Everything allocated by one call, freed by free_work() whatever happened. */
typedef struct {
    Line *lines;
    Py_ssize_t nlines;
    Py_ssize_t *touched; /* lines whose count is not 0 */
    Candidate *cands;
    Py_ssize_t ncand;
    Word *toks; /* the candidates' tokens, one candidate after the other */
    Py_ssize_t ntoks, toks_cap;
    Py_ssize_t *word_slots; /* open addressing: word id + 1, 0 when empty */
    size_t word_mask;
    Trigram *trigrams;
    Py_ssize_t ntrigrams;
    Py_ssize_t *trigram_slots; /* trigram id + 1, 0 when empty */
    size_t trigram_mask;
    Py_ssize_t *cand_trigrams; /* the candidates' distinct trigram ids, one candidate after the other */
    Posting *postings;
    Py_ssize_t npostings, postings_cap;
    uint64_t seed; /* of the word hash: the module's */
} Work;

/* What blob() writes for each ASCII character: itself, lower-cased (A-Z), or a space (fill_blob_map()). */
#define BLOB_ASCII 128
/* blob() reads the first this many characters of a text, as pullquotes._blob() does. */
#define BLOB_CHARS 4000

/* The module's state: the word hash's seed, set once when the module is executed; blob()'s table. */
typedef struct {
    uint64_t seed;
    unsigned char blob_map[BLOB_ASCII];
} ModuleState;

static void
free_work(Work *w)
{
    PyMem_Free(w->lines);
    PyMem_Free(w->touched);
    PyMem_Free(w->cands);
    PyMem_Free(w->toks);
    PyMem_Free(w->word_slots);
    PyMem_Free(w->trigrams);
    PyMem_Free(w->trigram_slots);
    PyMem_Free(w->cand_trigrams);
    PyMem_Free(w->postings);
}

/* n items of size bytes each, zeroed when zero is set; NULL (with MemoryError set) on failure or
 * overflow. */
static void *
new_array(Py_ssize_t n, size_t size, int zero)
{
    void *p = NULL;
    if (n >= 0 && (size_t)n <= PY_SSIZE_T_MAX / size) {
        size_t bytes = n > 0 ? (size_t)n * size : 1;
        p = zero ? PyMem_Calloc(bytes, 1) : PyMem_Malloc(bytes);
    }
    if (p == NULL)
        PyErr_NoMemory();
    return p;
}

/* The mask of an open-addressing table for n entries: a power of two at least twice n, minus one. */
static int
table_mask(Py_ssize_t n, size_t *mask)
{
    size_t cap = 8;
    while (cap < 2 * (size_t)n) {
        if (cap > PY_SSIZE_T_MAX / 2 / sizeof(Py_ssize_t)) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    *mask = cap - 1;
    return 0;
}

/* The tokeniser's byte classes. The words of a line are separated by ASCII whitespace, as bytes.split()
 * knows it; a line ends at its b"\n", or at the end of data, where a bytes object always has a b"\0" (its
 * buffer is one byte longer than its data): so a word ends at the first byte classed STOP, but for a
 * b"\0" inside the line, which belongs to the word. No bound is checked byte by byte. */
enum {
    BLANK = 1, /* skipped before a word: ASCII whitespace but b"\n" */
    STOP = 2,  /* ends a word: ASCII whitespace, and b"\0" at the end of the line */
};

static const unsigned char byte_class[256] = {
    ['\0'] = STOP,
    ['\t'] = BLANK | STOP,
    ['\n'] = STOP,
    ['\x0b'] = BLANK | STOP,
    ['\x0c'] = BLANK | STOP,
    ['\r'] = BLANK | STOP,
    [' '] = BLANK | STOP,
};

static uint64_t
mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* The next word of the line [*p, stop) and its hash, FNV-1a from a per-process seed (see speedups_exec:
 * a page cannot be made of words that all land in the same slots on every machine): sets word's start,
 * len and hash, moves *p past it; 0 when there is none. *stop is the line's b"\n", or the b"\0" after
 * data. */
static inline int
next_word(const unsigned char **p, const unsigned char *stop, uint64_t seed, Word *word)
{
    const unsigned char *s = *p;
    while (byte_class[*s] & BLANK)
        s++;
    if (s == stop) /* (*stop is not BLANK: s never passes it) */
        return 0;
    const unsigned char *start = s;
    uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (;; s++) {
        unsigned char c = *s;
        if ((byte_class[c] & STOP) && (c != '\0' || s == stop))
            break;
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    word->start = start;
    word->len = s - start;
    word->hash = mix(h + seed);
    *p = s;
    return 1;
}

static uint64_t
trigram_hash(Py_ssize_t a, Py_ssize_t b, Py_ssize_t c)
{
    uint64_t h = (uint64_t)a * 0x9e3779b97f4a7c15ULL;
    h = (h ^ (uint64_t)b) * 0xc2b2ae3d27d4eb4fULL;
    h = (h ^ (uint64_t)c) * 0x165667b19e3779f9ULL;
    return mix(h);
}

static int
same_word(const Word *a, const Word *b)
{
    return a->hash == b->hash && a->len == b->len && memcmp(a->start, b->start, (size_t)a->len) == 0;
}

/* The id of the word of token t: the index of the first token with its bytes, added when t is that. */
static Py_ssize_t
add_word(Work *w, Py_ssize_t t)
{
    const Word *tok = &w->toks[t];
    size_t i = (size_t)tok->hash & w->word_mask;
    for (;; i = (i + 1) & w->word_mask) {
        Py_ssize_t slot = w->word_slots[i];
        if (slot == 0) {
            w->word_slots[i] = t + 1;
            return t;
        }
        if (same_word(&w->toks[slot - 1], tok))
            return slot - 1;
    }
}

/* The id of a word of any line; -1 when no candidate has it. */
static Py_ssize_t
find_word(const Work *w, const Word *word)
{
    for (size_t i = (size_t)word->hash & w->word_mask;; i = (i + 1) & w->word_mask) {
        Py_ssize_t slot = w->word_slots[i];
        if (slot == 0)
            return -1;
        if (same_word(&w->toks[slot - 1], word))
            return slot - 1;
    }
}

/* The id of a trigram of word ids, added to the table when add is set; -1 when it is not there. */
static Py_ssize_t
trigram_id(Work *w, Py_ssize_t a, Py_ssize_t b, Py_ssize_t c, int add)
{
    size_t i = (size_t)trigram_hash(a, b, c) & w->trigram_mask;
    for (;; i = (i + 1) & w->trigram_mask) {
        Py_ssize_t slot = w->trigram_slots[i];
        if (slot == 0)
            break;
        const Trigram *g = &w->trigrams[slot - 1];
        if (g->word[0] == a && g->word[1] == b && g->word[2] == c)
            return slot - 1;
    }
    if (!add)
        return -1;
    Trigram *g = &w->trigrams[w->ntrigrams];
    g->word[0] = a;
    g->word[1] = b;
    g->word[2] = c;
    g->last_line = g->last_cand = g->first = g->last = -1;
    g->holders = g->npostings = 0;
    w->trigram_slots[i] = ++w->ntrigrams;
    return w->ntrigrams - 1;
}

/* Room in *items (an array of *cap items of item_size bytes, used up to used) for need more: doubled
 * from at least first until there is; 0, or -1 with MemoryError set (the array then as it was). */
static int
grow(void **items, Py_ssize_t *cap, Py_ssize_t used, Py_ssize_t need, Py_ssize_t first, size_t item_size)
{
    if (*items != NULL && need <= *cap - used)
        return 0;
    Py_ssize_t size = *cap < first ? first : *cap;
    while (size - used < need) {
        if (size > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)item_size) {
            PyErr_NoMemory();
            return -1;
        }
        size *= 2;
    }
    void *grown = PyMem_Realloc(*items, (size_t)size * item_size);
    if (grown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    *items = grown;
    *cap = size;
    return 0;
}

static int
add_posting(Work *w, Trigram *g, Py_ssize_t line)
{
    if (grow((void **)&w->postings, &w->postings_cap, w->npostings, 1, 64, sizeof(Posting)) < 0)
        return -1;
    Py_ssize_t e = w->npostings++;
    w->postings[e].line = line;
    w->postings[e].next = -1;
    if (g->last >= 0)
        w->postings[g->last].next = e;
    else
        g->first = e;
    g->last = e;
    g->npostings++;
    return 0;
}

/* Line k holds trigram g: counted once a line, posted while the list is shorter than max_postings. */
static int
hold(Work *w, Trigram *g, Py_ssize_t k, Py_ssize_t max_postings)
{
    if (g->last_line == k)
        return 0;
    g->last_line = k;
    if (g->holders < 2)
        g->holders++;
    return g->npostings < max_postings ? add_posting(w, g, k) : 0;
}

/* Room in toks for n more tokens (and an array, even for none). */
static int
reserve_tokens(Work *w, Py_ssize_t n)
{
    return grow((void **)&w->toks, &w->toks_cap, w->ntoks, n, 256, sizeof(Word));
}

/* Marks the lines of pool that exist; an item that is not an int is a TypeError. */
static int
read_pool(PyObject *pool, Line *lines, Py_ssize_t nlines)
{
    PyObject *it = PyObject_GetIter(pool);
    if (it == NULL)
        return -1;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        if (!PyLong_Check(item)) {
            PyErr_Format(PyExc_TypeError, "pool items must be int, not %.100s", Py_TYPE(item)->tp_name);
            Py_DECREF(item);
            Py_DECREF(it);
            return -1;
        }
        int overflow;
        long long i = PyLong_AsLongLongAndOverflow(item, &overflow);
        Py_DECREF(item);
        if (i == -1 && PyErr_Occurred()) {
            Py_DECREF(it);
            return -1;
        }
        if (overflow == 0 && i >= 0 && i < (long long)nlines)
            lines[i].asked = 1;
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

/* Every line's token count; the candidates' words and trigrams; which lines hold those, and the postings.
 * 0, or -1 on error. */
static int
scan(Work *w, const unsigned char *data, Py_ssize_t max_tokens, Py_ssize_t max_postings)
{
    const unsigned char *p;
    Py_ssize_t k, ntok;
    Word word;

    /* 1. The candidates (asked, 4 tokens or more) and their tokens, read once. */
    for (k = 0; k < w->nlines; k++) {
        Line *line = &w->lines[k];
        line->cand = -1;
        if (!line->asked)
            continue;
        /* (a token and the whitespace after it take two bytes, but for the last one) */
        Py_ssize_t most = (line->stop - line->start + 1) / 2;
        if (reserve_tokens(w, most < max_tokens ? most : max_tokens) < 0)
            return -1;
        p = data + line->start;
        for (ntok = 0; ntok < max_tokens && next_word(&p, data + line->stop, w->seed, &w->toks[w->ntoks]);
             ntok++)
            w->ntoks++;
        line->tokens = ntok;
        if (ntok < 4) {
            w->ntoks -= ntok;
            continue;
        }
        Candidate *cand = &w->cands[w->ncand];
        cand->line = k;
        cand->first_token = w->ntoks - ntok;
        cand->ntokens = ntok;
        line->cand = w->ncand++;
    }

    /* 2. The tables, sized for those tokens (empty when there is no candidate); each candidate's distinct
     * trigrams. */
    if (table_mask(w->ntoks, &w->word_mask) < 0 || table_mask(w->ntoks, &w->trigram_mask) < 0)
        return -1;
    if (!(w->word_slots = new_array((Py_ssize_t)w->word_mask + 1, sizeof(Py_ssize_t), 1)) ||
        !(w->trigrams = new_array(w->ntoks, sizeof(Trigram), 0)) ||
        !(w->trigram_slots = new_array((Py_ssize_t)w->trigram_mask + 1, sizeof(Py_ssize_t), 1)) ||
        !(w->cand_trigrams = new_array(w->ntoks, sizeof(Py_ssize_t), 0)))
        return -1;
    Py_ssize_t n = 0;
    for (Py_ssize_t c = 0; c < w->ncand; c++) {
        Candidate *cand = &w->cands[c];
        Py_ssize_t a = -1, b = -1;
        cand->first_trigram = n;
        for (Py_ssize_t t = cand->first_token; t < cand->first_token + cand->ntokens; t++) {
            Py_ssize_t id = add_word(w, t);
            if (t - cand->first_token >= 2) {
                Trigram *g = &w->trigrams[trigram_id(w, a, b, id, 1)];
                if (g->last_cand != c) {
                    g->last_cand = c;
                    w->cand_trigrams[n++] = g - w->trigrams;
                }
            }
            a = b;
            b = id;
        }
        cand->ntrigrams = n - cand->first_trigram;
    }

    /* 3. Every line: which candidate trigrams it holds (once a line), the postings; its token count. A
     * candidate holds its own trigrams; the other lines are read word by word. */
    for (k = 0; k < w->nlines; k++) {
        Line *line = &w->lines[k];
        if (line->cand >= 0) {
            const Candidate *cand = &w->cands[line->cand];
            for (Py_ssize_t t = cand->first_trigram; t < cand->first_trigram + cand->ntrigrams; t++)
                if (hold(w, &w->trigrams[w->cand_trigrams[t]], k, max_postings) < 0)
                    return -1;
            continue;
        }
        Py_ssize_t a = -1, b = -1;
        p = data + line->start;
        for (ntok = 0; ntok < max_tokens && next_word(&p, data + line->stop, w->seed, &word); ntok++) {
            Py_ssize_t id = find_word(w, &word);
            if (ntok >= 2 && a >= 0 && b >= 0 && id >= 0) {
                Py_ssize_t gid = trigram_id(w, a, b, id, 0);
                if (gid >= 0 && hold(w, &w->trigrams[gid], k, max_postings) < 0)
                    return -1;
            }
            a = b;
            b = id;
        }
        line->tokens = ntok;
    }
    return 0;
}

/* {line: shared trigrams} of candidate c, through the capped posting lists. */
static PyObject *
candidate_counts(Work *w, Py_ssize_t c)
{
    const Candidate *cand = &w->cands[c];
    Py_ssize_t i = cand->line, ntouched = 0;
    for (Py_ssize_t t = cand->first_trigram; t < cand->first_trigram + cand->ntrigrams; t++) {
        const Trigram *g = &w->trigrams[w->cand_trigrams[t]];
        for (Py_ssize_t e = g->first; e >= 0; e = w->postings[e].next) {
            Py_ssize_t j = w->postings[e].line;
            if (j != i && w->lines[j].count++ == 0)
                w->touched[ntouched++] = j;
        }
    }
    PyObject *counts = PyDict_New();
    for (Py_ssize_t t = 0; t < ntouched; t++) {
        Line *line = &w->lines[w->touched[t]];
        if (counts != NULL) {
            PyObject *key = PyLong_FromSsize_t(w->touched[t]), *value = PyLong_FromSsize_t(line->count);
            if (key == NULL || value == NULL || PyDict_SetItem(counts, key, value) < 0)
                Py_CLEAR(counts);
            Py_XDECREF(key);
            Py_XDECREF(value);
        }
        line->count = 0;
    }
    return counts;
}

/* The kept candidates: {line: (distinct trigrams, {line: shared trigrams})}. */
static PyObject *
overlaps(Work *w, double threshold)
{
    PyObject *out = PyDict_New();
    if (out == NULL)
        return NULL;
    for (Py_ssize_t c = 0; c < w->ncand; c++) {
        const Candidate *cand = &w->cands[c];
        Py_ssize_t size = cand->ntrigrams, shared = 0;
        for (Py_ssize_t t = cand->first_trigram; t < cand->first_trigram + size; t++)
            shared += w->trigrams[w->cand_trigrams[t]].holders >= 2;
        if (!((double)shared >= threshold * (double)size))
            continue;
        PyObject *counts = candidate_counts(w, c);
        if (counts == NULL)
            goto error;
        PyObject *key = PyLong_FromSsize_t(cand->line), *nsize = PyLong_FromSsize_t(size);
        PyObject *value = key != NULL && nsize != NULL ? PyTuple_Pack(2, nsize, counts) : NULL;
        int failed = value == NULL || PyDict_SetItem(out, key, value) < 0;
        Py_XDECREF(key);
        Py_XDECREF(nsize);
        Py_XDECREF(value);
        Py_DECREF(counts);
        if (failed)
            goto error;
    }
    return out;
error:
    Py_DECREF(out);
    return NULL;
}

static PyObject *
lengths_list(const Line *lines, Py_ssize_t nlines)
{
    PyObject *list = PyList_New(nlines);
    if (list == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < nlines; k++) {
        PyObject *n = PyLong_FromSsize_t(lines[k].tokens);
        if (n == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, k, n);
    }
    return list;
}

static PyObject *
trigram_overlaps(PyObject *module, PyObject *args)
{
    PyObject *data, *pool, *tokens_arg, *postings_arg;
    PyObject *py_lengths = NULL, *py_overlaps = NULL, *result = NULL;
    double threshold;
    Work w;
    memset(&w, 0, sizeof w);
    w.seed = ((ModuleState *)PyModule_GetState(module))->seed;

    if (!PyArg_ParseTuple(args, "O!OdOO:trigram_overlaps", &PyBytes_Type, &data, &pool, &threshold,
                          &tokens_arg, &postings_arg))
        return NULL;
    /* ints (TypeError for anything else); past the range of Py_ssize_t, clamped, as a slice bound is */
    Py_ssize_t max_tokens = PyNumber_AsSsize_t(tokens_arg, NULL);
    if (max_tokens == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t max_postings = PyNumber_AsSsize_t(postings_arg, NULL);
    if (max_postings == -1 && PyErr_Occurred())
        return NULL;
    if (max_tokens < 0 || max_postings < 0) {
        PyErr_SetString(PyExc_ValueError, "max_tokens and max_postings must not be negative");
        return NULL;
    }
    /* (a bytes object's data is followed by a b"\0": next_word() stops there at the end of the last line) */
    const char *start = PyBytes_AS_STRING(data), *end = start + PyBytes_GET_SIZE(data), *p;
    w.nlines = 1;
    for (p = start; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        w.nlines++;

    if (!(w.lines = new_array(w.nlines, sizeof(Line), 1)) ||
        !(w.touched = new_array(w.nlines, sizeof(Py_ssize_t), 0)) ||
        !(w.cands = new_array(w.nlines, sizeof(Candidate), 0)))
        goto done;
    Py_ssize_t k = 0;
    for (p = start; k < w.nlines; k++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        w.lines[k].start = p - start;
        w.lines[k].stop = (nl != NULL ? nl : end) - start;
        p = nl != NULL ? nl + 1 : end;
    }
    /* (iterating pool may run Python code, but data is bytes: it cannot change) */
    if (read_pool(pool, w.lines, w.nlines) < 0)
        goto done;
    if (scan(&w, (const unsigned char *)start, max_tokens, max_postings) < 0)
        goto done;
    if ((py_lengths = lengths_list(w.lines, w.nlines)) == NULL ||
        (py_overlaps = overlaps(&w, threshold)) == NULL)
        goto done;
    result = PyTuple_Pack(2, py_lengths, py_overlaps);
done:
    Py_XDECREF(py_lengths);
    Py_XDECREF(py_overlaps);
    free_work(&w);
    return result;
}

PyDoc_STRVAR(trigram_overlaps_doc,
             "trigram_overlaps(data, pool, threshold, max_tokens, max_postings, /)\n--\n\n"
             "The word-trigram overlaps of the pool's lines with the other lines of data (lines\n"
             "separated by b'\\n', lower-cased, punctuation as spaces): (token count of every line,\n"
             "{candidate: (distinct trigrams, {other line: shared trigrams})}) for the candidates\n"
             "whose trigrams are mostly held by a second line. The same as\n"
             "newscorpus.kinds.pullquotes._trigram_overlaps(), in C.");

/* blob()'s table (see speedups_exec): an ASCII character lower-cased, or a space for what
 * pullquotes._BYTE_TABLE maps (ASCII punctuation, b"\x1c" to b"\x1f") and for b"\n" (a line break
 * inside a text is a space in pullquotes._blob()). */
static void
fill_blob_map(unsigned char *map)
{
    for (int c = 0; c < BLOB_ASCII; c++)
        map[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char *s = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\x1c\x1d\x1e\x1f\n"; *s != '\0'; s++)
        map[(unsigned char)*s] = ' ';
}

/* A character pullquotes._WIDE_PUNCT turns into a space (the same set: a test compares the two on every
 * code point). */
static int
is_wide_punct(Py_UCS4 c)
{
    if (c >= 0x2000 && c <= 0x200A)
        return 1;
    switch (c) {
    case 0x0085: case 0x00A0: case 0x00AB: case 0x00B7: case 0x00BB: case 0x1680: case 0x2013:
    case 0x2014: case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x2022: case 0x2026:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0x3001: case 0x3002:
    case 0x3010: case 0x3011: case 0xFF01: case 0xFF08: case 0xFF09: case 0xFF0C: case 0xFF1A:
    case 0xFF1B: case 0xFF1F:
        return 1;
    default:
        return 0;
    }
}

/* The bytes blob() writes for the lower-cased text low: its UTF-8 form (lone surrogates as three bytes, as
 * "surrogatepass" writes them), ASCII characters through map, wide punctuation as one space. With out
 * NULL, only their number. */
static Py_ssize_t
wide_blob(PyObject *low, const unsigned char *map, unsigned char *out)
{
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    Py_ssize_t n = PyUnicode_GET_LENGTH(low), size = 0;

    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int len = c < 0x80 || is_wide_punct(c) ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (out != NULL) {
            unsigned char *o = out + size;
            if (len == 1)
                o[0] = c < 0x80 ? map[c] : ' ';
            else if (len == 2) {
                o[0] = (unsigned char)(0xC0 | (c >> 6));
                o[1] = (unsigned char)(0x80 | (c & 0x3F));
            }
            else if (len == 3) {
                o[0] = (unsigned char)(0xE0 | (c >> 12));
                o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
                o[2] = (unsigned char)(0x80 | (c & 0x3F));
            }
            else {
                o[0] = (unsigned char)(0xF0 | (c >> 18));
                o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
                o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
                o[3] = (unsigned char)(0x80 | (c & 0x3F));
            }
        }
        size += len;
    }
    return size;
}

/* The bytes blob() writes for text, when every one of its first BLOB_CHARS characters is Latin-1 or wide
 * punctuation, without asking lower(): str.lower() maps such a character to one character, the same one but
 * for A-Z and the capitals U+00C0 to U+00DE (not U+00D7), which move up by 0x20. With out NULL, only their
 * number; -1 when another character comes first (the text then goes to lower()). */
static Py_ssize_t
latin_blob(PyObject *text, const unsigned char *map, unsigned char *out)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), size = 0;

    n = n < BLOB_CHARS ? n : BLOB_CHARS;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 0x80) {
            if (out != NULL)
                out[size] = map[c];
            size++;
        }
        else if (is_wide_punct(c)) {
            if (out != NULL)
                out[size] = ' ';
            size++;
        }
        else if (c < 0x100) {
            if (out != NULL) {
                if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
                    c += 0x20;
                out[size] = (unsigned char)(0xC0 | (c >> 6));
                out[size + 1] = (unsigned char)(0x80 | (c & 0x3F));
            }
            size += 2;
        }
        else {
            return -1;
        }
    }
    return size;
}

static PyObject *
blob(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "blob() takes 2 positional arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *lower = args[1];
    if (!PyCallable_Check(lower)) {
        PyErr_Format(PyExc_TypeError, "blob() argument 2 must be callable, not %.100s",
                     Py_TYPE(lower)->tp_name);
        return NULL;
    }
    const unsigned char *map = ((ModuleState *)PyModule_GetState(module))->blob_map;
    /* A tuple of its own: lower() may run any Python code, and change a list it was given. */
    PyObject *texts = PySequence_Tuple(args[0]);
    if (texts == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(texts), size = n > 0 ? n - 1 : 0, i, len;
    PyObject **lines = NULL; /* by text: lower()'s str, NULL for an ASCII text */
    PyObject *result = NULL;

    /* 1. The size of the answer; lower() of every text that is not ASCII. */
    for (i = 0; i < n; i++) {
        PyObject *text = PyTuple_GET_ITEM(texts, i);
        if (!PyUnicode_Check(text)) {
            PyErr_Format(PyExc_TypeError, "blob() texts must be str, not %.100s", Py_TYPE(text)->tp_name);
            goto done;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(text) < 0)
            goto done;
#endif
        if (PyUnicode_IS_ASCII(text)) {
            len = PyUnicode_GET_LENGTH(text);
            len = len < BLOB_CHARS ? len : BLOB_CHARS;
        }
        else if ((len = latin_blob(text, map, NULL)) < 0) {
            if (lines == NULL && (lines = new_array(n, sizeof(PyObject *), 1)) == NULL)
                goto done;
            PyObject *line = lines[i] = PyObject_CallOneArg(lower, text);
            if (line == NULL)
                goto done;
            if (!PyUnicode_Check(line)) {
                PyErr_Format(PyExc_TypeError, "blob() lower must return str, not %.100s",
                             Py_TYPE(line)->tp_name);
                goto done;
            }
#if PY_VERSION_HEX < 0x030C0000
            if (PyUnicode_READY(line) < 0)
                goto done;
#endif
            len = wide_blob(line, map, NULL);
        }
        if (len > PY_SSIZE_T_MAX - size) {
            PyErr_NoMemory();
            goto done;
        }
        size += len;
    }

    /* 2. The texts, b"\n" between them: the ASCII ones through the table. */
    if ((result = PyBytes_FromStringAndSize(NULL, size)) == NULL)
        goto done;
    unsigned char *out = (unsigned char *)PyBytes_AS_STRING(result);
    for (i = 0; i < n; i++) {
        if (i > 0)
            *out++ = '\n';
        if (lines != NULL && lines[i] != NULL) {
            len = wide_blob(lines[i], map, out);
        }
        else if (PyUnicode_IS_ASCII(PyTuple_GET_ITEM(texts, i))) {
            PyObject *text = PyTuple_GET_ITEM(texts, i);
            const unsigned char *s = PyUnicode_DATA(text);
            len = PyUnicode_GET_LENGTH(text);
            len = len < BLOB_CHARS ? len : BLOB_CHARS;
            for (Py_ssize_t j = 0; j < len; j++)
                out[j] = map[s[j]];
        }
        else {
            len = latin_blob(PyTuple_GET_ITEM(texts, i), map, out);
        }
        out += len;
    }
done:
    if (lines != NULL) {
        for (i = 0; i < n; i++)
            Py_XDECREF(lines[i]);
        PyMem_Free(lines);
    }
    Py_DECREF(texts);
    return result;
}

PyDoc_STRVAR(blob_doc,
             "blob(texts, lower, /)\n--\n\n"
             "The texts as newscorpus.kinds.pullquotes._blob() writes them, one a line: the first\n"
             "4000 characters of each, lower-cased, punctuation as spaces, in UTF-8. ASCII texts are\n"
             "done here; any other is lower(text) (pullquotes._line_lower), then written here.");

/* The byte offset of the object slot `name` of `type` (a member descriptor in its own dict), or -1 with
 * TypeError set. */
static Py_ssize_t
slot_offset(PyTypeObject *type, const char *name)
{
    PyObject *descr = PyDict_GetItemString(type->tp_dict, name); /* borrowed */
    if (descr == NULL || !Py_IS_TYPE(descr, &PyMemberDescr_Type)) {
        PyErr_Format(PyExc_TypeError, "%s has no slot %s", type->tp_name, name);
        return -1;
    }
    PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
    if (member->type != T_OBJECT_EX || (member->flags & READONLY) ||
        member->offset < (Py_ssize_t)sizeof(PyObject) ||
        member->offset > type->tp_basicsize - (Py_ssize_t)sizeof(PyObject *)) {
        PyErr_Format(PyExc_TypeError, "%s.%s is not an object slot", type->tp_name, name);
        return -1;
    }
    return member->offset;
}

#define SLOT(obj, offset) (*(PyObject **)((char *)(obj) + (offset)))

/* An instance of `type` with every slot empty (what object.__new__ makes, without __init__). */
static PyObject *
blank(PyTypeObject *type)
{
    if (type->tp_itemsize != 0) {
        PyErr_Format(PyExc_TypeError, "%s has variable-size instances", type->tp_name);
        return NULL;
    }
    return type->tp_alloc(type, 0);
}

/* Take a new segment and its span off the cyclic garbage collector's lists, as CPython does with a tuple
 * of strings: nothing they hold can lead back to them (the offsets are ints, text and reason strs, the
 * kind a str enum member), so they can never be part of a reference cycle, and the collector need not
 * walk the thousands of segments of the articles a program keeps (or that parse_many() receives).
 * Reference counting frees them as before. Only exact strs (and a str subclass for the kind) qualify. */
static void
untrack_atomic(PyObject *seg, PyObject *span, PyObject *kind, PyObject *reason)
{
    if (PyObject_IS_GC(span))
        PyObject_GC_UnTrack(span);
    if (PyObject_IS_GC(seg) && PyUnicode_Check(kind) && PyUnicode_CheckExact(reason))
        PyObject_GC_UnTrack(seg);
}

static int same_chars(PyObject *text, Py_ssize_t s, PyObject *sub, Py_ssize_t n);

static PyObject *
segments(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 6 && nargs != 7) {
        PyErr_Format(PyExc_TypeError, "segments() takes 6 or 7 positional arguments (%zd given)", nargs);
        return NULL;
    }
    if (!PyType_Check(args[0]) || !PyType_Check(args[1]) || !PyUnicode_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "segments(segment_type, span_type, text: str, kinds, offsets, reasons)");
        return NULL;
    }
    PyTypeObject *seg_type = (PyTypeObject *)args[0], *span_type = (PyTypeObject *)args[1];
    PyObject *text = args[2];
    Py_ssize_t o_kind = slot_offset(seg_type, "kind");
    Py_ssize_t o_span = o_kind < 0 ? -1 : slot_offset(seg_type, "span");
    Py_ssize_t o_text = o_span < 0 ? -1 : slot_offset(seg_type, "text");
    Py_ssize_t o_reason = o_text < 0 ? -1 : slot_offset(seg_type, "reason");
    Py_ssize_t o_start = o_reason < 0 ? -1 : slot_offset(span_type, "start");
    Py_ssize_t o_end = o_start < 0 ? -1 : slot_offset(span_type, "end");
    if (o_end < 0)
        return NULL;
    /* (PySequence_Fast may run Python code; the three are read only after it, and text is immutable) */
    PyObject *kinds = PySequence_Fast(args[3], "kinds must be a sequence");
    PyObject *offsets = kinds == NULL ? NULL : PySequence_Fast(args[4], "offsets must be a sequence");
    PyObject *reasons = offsets == NULL ? NULL : PySequence_Fast(args[5], "reasons must be a sequence");
    PyObject *shared = NULL;
    PyObject *result = NULL;
    if (reasons == NULL)
        goto done;
    if (nargs == 7 && args[6] != Py_None && (shared = PySequence_Fast(args[6], "shared must be a sequence")) == NULL)
        goto done;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(kinds), length = PyUnicode_GET_LENGTH(text);
    if (PySequence_Fast_GET_SIZE(reasons) != n || PySequence_Fast_GET_SIZE(offsets) != 2 * n ||
        (shared != NULL && PySequence_Fast_GET_SIZE(shared) != n)) {
        PyErr_SetString(PyExc_ValueError, "kinds, reasons, shared and offsets (two a segment) differ in length");
        goto done;
    }
    if ((result = PyTuple_New(n)) == NULL)
        goto done;
    PyObject **kind = PySequence_Fast_ITEMS(kinds), **offset = PySequence_Fast_ITEMS(offsets);
    PyObject **reason = PySequence_Fast_ITEMS(reasons);
    PyObject **share = shared == NULL ? NULL : PySequence_Fast_ITEMS(shared);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *start = offset[2 * i], *end = offset[2 * i + 1];
        if (!PyLong_CheckExact(start) || !PyLong_CheckExact(end)) {
            PyErr_Format(PyExc_TypeError, "segment %zd: offsets must be ints", i);
            goto fail;
        }
        Py_ssize_t s = PyLong_AsSsize_t(start), e = PyLong_AsSsize_t(end);
        if ((s == -1 || e == -1) && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_OverflowError))
                goto fail;
            PyErr_Clear(); /* past Py_ssize_t: surely out of the text */
            s = -1;
        }
        if (s < 0 || s > e || e > length) {
            PyErr_Format(PyExc_ValueError, "segment %zd: offsets %R, %R out of order or out of the text", i,
                         start, end);
            goto fail;
        }
        /* Each object is owned (by the tuple, or by its segment) as soon as it exists: a failure half-way
         * frees everything, and empty slots are allowed in a dying object. */
        PyObject *seg = blank(seg_type);
        if (seg == NULL)
            goto fail;
        PyTuple_SET_ITEM(result, i, seg);
        PyObject *span = blank(span_type);
        if (span == NULL)
            goto fail;
        SLOT(seg, o_span) = span;
        SLOT(span, o_start) = Py_NewRef(start);
        SLOT(span, o_end) = Py_NewRef(end);
        PyObject *slice;
        PyObject *same = share == NULL ? NULL : share[i];
        if (same != NULL && PyUnicode_CheckExact(same) && PyUnicode_GET_LENGTH(same) == e - s &&
            same_chars(text, s, same, e - s))
            slice = Py_NewRef(same);
        else if ((slice = PyUnicode_Substring(text, s, e)) == NULL)
            goto fail;
        SLOT(seg, o_text) = slice;
        SLOT(seg, o_kind) = Py_NewRef(kind[i]);
        SLOT(seg, o_reason) = Py_NewRef(reason[i]);
        untrack_atomic(seg, span, kind[i], reason[i]);
    }
    goto done;
fail:
    Py_CLEAR(result);
done:
    Py_XDECREF(kinds);
    Py_XDECREF(offsets);
    Py_XDECREF(reasons);
    Py_XDECREF(shared);
    return result;
}

/* Whether text[s:s + n] holds the characters of sub (n of them), compared in place: memcmp when the two
 * strings are of one kind, else a loop over the code units (PyUnicode_Tailmatch reads each character
 * through a switch on the kind: several times slower on the common case, an ASCII paragraph of a text
 * with a curly quote somewhere). A str's kind is the narrowest that holds its widest character, so a sub
 * of a wider kind than text cannot be a slice of it. */
static int
same_chars(PyObject *text, Py_ssize_t s, PyObject *sub, Py_ssize_t n)
{
    int kt = PyUnicode_KIND(text), ks = PyUnicode_KIND(sub);
    const void *dt = PyUnicode_DATA(text), *ds = PyUnicode_DATA(sub);
    Py_ssize_t i;

    if (kt == ks)
        return memcmp((const char *)dt + s * kt, ds, (size_t)(n * kt)) == 0;
    if (kt < ks)
        return 0;
/* Compared a block of 256 at a time, the differences OR-ed together without a branch (a loop the
 * compiler turns into vector instructions: several times faster than stopping at the first difference,
 * which the common case, equal texts, never meets). */
#define SAME_CHARS(T, S)                                                                               \
    do {                                                                                               \
        const T *a = (const T *)dt + s;                                                                \
        const S *b = (const S *)ds;                                                                    \
        for (i = 0; i < n;) {                                                                          \
            Py_ssize_t stop = n - i > 256 ? i + 256 : n;                                               \
            T diff = 0;                                                                                \
            for (; i < stop; i++)                                                                      \
                diff |= (T)(a[i] ^ (T)b[i]);                                                           \
            if (diff)                                                                                  \
                return 0;                                                                              \
        }                                                                                              \
        return 1;                                                                                      \
    } while (0)
    if (kt == PyUnicode_2BYTE_KIND)
        SAME_CHARS(Py_UCS2, Py_UCS1);
    if (ks == PyUnicode_1BYTE_KIND)
        SAME_CHARS(Py_UCS4, Py_UCS1);
    SAME_CHARS(Py_UCS4, Py_UCS2);
#undef SAME_CHARS
}

/* pack_segments(segment_type, span_type, text, segments, value_of): (kind values, offsets, reasons), or None
 * when a segment is not an exact segment_type over an exact span_type with int offsets whose text is
 * text[start:end] (see newscorpus.model._pack_segments_pure, the reference). The offsets are the spans' own
 * int objects and the kind values what value_of maps the kinds to: nothing is allocated but the three
 * tuples. A kind value_of does not know is None too. */
static PyObject *
pack_segments(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 5) {
        PyErr_Format(PyExc_TypeError, "pack_segments() takes 5 positional arguments (%zd given)", nargs);
        return NULL;
    }
    if (!PyType_Check(args[0]) || !PyType_Check(args[1]) || !PyUnicode_Check(args[2]) ||
        !PyTuple_Check(args[3]) || !PyDict_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError,
                        "pack_segments(segment_type, span_type, text: str, segments: tuple, value_of: dict)");
        return NULL;
    }
    PyTypeObject *seg_type = (PyTypeObject *)args[0], *span_type = (PyTypeObject *)args[1];
    PyObject *text = args[2], *segs = args[3], *value_of = args[4];
    Py_ssize_t o_kind = slot_offset(seg_type, "kind");
    Py_ssize_t o_span = o_kind < 0 ? -1 : slot_offset(seg_type, "span");
    Py_ssize_t o_text = o_span < 0 ? -1 : slot_offset(seg_type, "text");
    Py_ssize_t o_reason = o_text < 0 ? -1 : slot_offset(seg_type, "reason");
    Py_ssize_t o_start = o_reason < 0 ? -1 : slot_offset(span_type, "start");
    Py_ssize_t o_end = o_start < 0 ? -1 : slot_offset(span_type, "end");
    if (o_end < 0)
        return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return NULL;
#endif
    Py_ssize_t n = PyTuple_GET_SIZE(segs), length = PyUnicode_GET_LENGTH(text);
    PyObject *kinds = PyTuple_New(n), *offsets = PyTuple_New(2 * n), *reasons = PyTuple_New(n);
    if (kinds == NULL || offsets == NULL || reasons == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *seg = PyTuple_GET_ITEM(segs, i);
        if (!Py_IS_TYPE(seg, seg_type))
            goto not_packable;
        PyObject *span = SLOT(seg, o_span), *kind = SLOT(seg, o_kind);
        PyObject *seg_text = SLOT(seg, o_text), *reason = SLOT(seg, o_reason);
        if (span == NULL || kind == NULL || seg_text == NULL || reason == NULL || !Py_IS_TYPE(span, span_type))
            goto not_packable;
        PyObject *start = SLOT(span, o_start), *end = SLOT(span, o_end);
        if (start == NULL || end == NULL || !PyLong_CheckExact(start) || !PyLong_CheckExact(end) ||
            !PyUnicode_CheckExact(seg_text))
            goto not_packable;
        Py_ssize_t s = PyLong_AsSsize_t(start), e = PyLong_AsSsize_t(end);
        if ((s == -1 || e == -1) && PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_OverflowError))
                goto fail;
            PyErr_Clear(); /* past Py_ssize_t: not a slice of the text */
            goto not_packable;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(seg_text) < 0)
            goto fail;
#endif
        if (s < 0 || s > e || e > length || PyUnicode_GET_LENGTH(seg_text) != e - s)
            goto not_packable;
        if (!same_chars(text, s, seg_text, e - s))
            goto not_packable;
        PyObject *value = PyDict_GetItemWithError(value_of, kind); /* borrowed */
        if (value == NULL) {
            if (PyErr_Occurred())
                goto fail;
            goto not_packable;
        }
        PyTuple_SET_ITEM(kinds, i, Py_NewRef(value));
        PyTuple_SET_ITEM(offsets, 2 * i, Py_NewRef(start));
        PyTuple_SET_ITEM(offsets, 2 * i + 1, Py_NewRef(end));
        PyTuple_SET_ITEM(reasons, i, Py_NewRef(reason));
    }
    PyObject *result = PyTuple_Pack(3, kinds, offsets, reasons);
    Py_DECREF(kinds);
    Py_DECREF(offsets);
    Py_DECREF(reasons);
    return result;
not_packable:
    Py_DECREF(kinds);
    Py_DECREF(offsets);
    Py_DECREF(reasons);
    Py_RETURN_NONE;
fail:
    Py_XDECREF(kinds);
    Py_XDECREF(offsets);
    Py_XDECREF(reasons);
    return NULL;
}

/* any_token_in(text, words, sieve): whether a token of text.split() is in the set words.
 *
 * Tokens are runs of characters that are not whitespace (Py_UNICODE_ISSPACE, as str.split() has it).
 * sieve (token_sieve() in newscorpus.kinds.furniture) tells which tokens may be words at all: bit
 * (c & 7) of byte 32 * min(n, 31) + (c & 0xFF) / 8 is set when a word of n characters opens with a
 * character c. Only a token that passes it is made into a str and looked up: most tokens cost no object. */
#define SIEVE_ROWS 32
#define SIEVE_BYTES (SIEVE_ROWS * 32)

static int
sieve_lets(const unsigned char *sieve, Py_ssize_t n, Py_UCS4 first)
{
    Py_ssize_t row = n < SIEVE_ROWS - 1 ? n : SIEVE_ROWS - 1;
    unsigned int c = first & 0xFF;
    return (sieve[row * 32 + (c >> 3)] >> (c & 7)) & 1;
}

static PyObject *
any_token_in(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_Format(PyExc_TypeError, "any_token_in() takes 3 positional arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *text = args[0], *words = args[1], *sieve = args[2];
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "any_token_in() text must be str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (!PyAnySet_Check(words)) {
        PyErr_Format(PyExc_TypeError, "any_token_in() words must be a set or frozenset, not %.100s",
                     Py_TYPE(words)->tp_name);
        return NULL;
    }
    if (!PyBytes_Check(sieve) || PyBytes_GET_SIZE(sieve) != SIEVE_BYTES) {
        PyErr_Format(PyExc_TypeError, "any_token_in() sieve must be %d bytes", SIEVE_BYTES);
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return NULL;
#endif
    const unsigned char *bits = (const unsigned char *)PyBytes_AS_STRING(sieve);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    while (i < n) {
        while (i < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        if (i == n)
            break;
        Py_ssize_t start = i;
        Py_UCS4 first = PyUnicode_READ(kind, data, i);
        while (i < n && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        if (!sieve_lets(bits, i - start, first))
            continue;
        PyObject *token = PyUnicode_Substring(text, start, i);
        if (token == NULL)
            return NULL;
        int found = PySet_Contains(words, token);
        Py_DECREF(token);
        if (found < 0)
            return NULL;
        if (found)
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

PyDoc_STRVAR(any_token_in_doc,
             "any_token_in(text, words, sieve, /)\n--\n\n"
             "Whether a token of text.split() is in the set words; sieve (furniture.token_sieve(words))\n"
             "lets through the tokens that may be. The same as furniture._any_token_in() in Python.");

PyDoc_STRVAR(pack_segments_doc,
             "pack_segments(segment_type, span_type, text, segments, value_of, /)\n--\n\n"
             "The segments as (kind values, flat offsets, reasons) for pickling, or None when one is not\n"
             "a plain segment over a slice of text. The same as newscorpus.model._pack_segments_pure().");

PyDoc_STRVAR(segments_doc,
             "segments(segment_type, span_type, text, kinds, offsets, reasons, shared=None, /)\n--\n\n"
             "Segment i of kinds[i], span offsets[2i]..offsets[2i+1], the text it spans and reasons[i],\n"
             "built without running validators. The same as newscorpus.model.build_segments() in Python.");

static PyMethodDef speedups_methods[] = {
    {"trigram_overlaps", trigram_overlaps, METH_VARARGS, trigram_overlaps_doc},
    {"blob", (PyCFunction)(void (*)(void))blob, METH_FASTCALL, blob_doc},
    {"segments", (PyCFunction)(void (*)(void))segments, METH_FASTCALL, segments_doc},
    {"pack_segments", (PyCFunction)(void (*)(void))pack_segments, METH_FASTCALL, pack_segments_doc},
    {"any_token_in", (PyCFunction)(void (*)(void))any_token_in, METH_FASTCALL, any_token_in_doc},
    {NULL, NULL, 0, NULL},
};

/* The seed is Python's own hash of a constant: random in every process (unless PYTHONHASHSEED fixes it). */
static int
speedups_exec(PyObject *module)
{
    ModuleState *state = (ModuleState *)PyModule_GetState(module);
    PyObject *key = PyBytes_FromString("newscorpus._speedups word hash");
    if (state == NULL || key == NULL) {
        Py_XDECREF(key);
        return -1;
    }
    Py_hash_t h = PyObject_Hash(key);
    Py_DECREF(key);
    if (h == -1 && PyErr_Occurred())
        return -1;
    state->seed = (uint64_t)h;
    fill_blob_map(state->blob_map);
    return 0;
}

static PyModuleDef_Slot speedups_slots[] = {
    {Py_mod_exec, speedups_exec},
#ifdef Py_mod_multiple_interpreters
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#ifdef Py_mod_gil
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

static struct PyModuleDef speedups_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "newscorpus._speedups",
    .m_doc = "C kernels of newscorpus (compiled build only): the pure-Python code is the reference.",
    .m_size = sizeof(ModuleState),
    .m_methods = speedups_methods,
    .m_slots = speedups_slots,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModuleDef_Init(&speedups_module);
}
