/* JSON written by SQLite's own JSON functions (json_object, json_array, json_insert) on an
 * in-memory database, so that rastro never escapes a string by hand: the reports' JSON and the
 * form answers' stored responses. A document is built from the inside out: an object or an
 * array is begun, its members added (strings, numbers, booleans, null, or an object or array
 * built before), and ending it gives its text. Core layer. */
#ifndef RASTRO_JSON_H
#define RASTRO_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The in-memory database and its statements. */
typedef struct Json Json;

/* An object or an array being built; belongs to its Json until ended or added to another. */
typedef struct JsonNode JsonNode;

/* NULL with the reason in err when SQLite cannot open an in-memory database. */
Json *json_new(char *err, size_t errlen);
void json_free(Json *j); /* NULL is fine; nodes not ended are freed with it */

/* The first error met (SQLite's message), "" when none. */
const char *json_error(const Json *j);

/* Most members of one object (every object rastro writes has far fewer; an array has no
 * limit). */
#define JSON_MAX_MEMBERS 60

JsonNode *json_object_begin(Json *j);
JsonNode *json_array_begin(Json *j);

/* Members. key names the member in an object and must be NULL in an array. Strings are UTF-8,
 * copied, and written as JSON strings whatever they hold; a NULL string is null. A number that
 * is not finite is null. */
void json_add_string(JsonNode *n, const char *key, const char *s);
void json_add_int(JsonNode *n, const char *key, int64_t v);
void json_add_double(JsonNode *n, const char *key, double v);
void json_add_bool(JsonNode *n, const char *key, bool v);
void json_add_null(JsonNode *n, const char *key);
/* Ends child and adds it as a member of n (child is freed). */
void json_add_node(JsonNode *n, const char *key, JsonNode *child);

/* Ends n (freed either way): its JSON text, which the caller frees, or NULL when SQLite failed
 * (json_error says why). */
char *json_end(JsonNode *n);

#endif
