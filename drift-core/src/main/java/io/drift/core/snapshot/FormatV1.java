package io.drift.core.snapshot;

import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Column;
import io.drift.core.model.CompositeType;
import io.drift.core.model.Constraint;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Domain;
import io.drift.core.model.EnumType;
import io.drift.core.model.ExclusionConstraint;
import io.drift.core.model.Extension;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Grant;
import io.drift.core.model.Identity;
import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.Index;
import io.drift.core.model.MatchType;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.Policy;
import io.drift.core.model.PolicyCommand;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.ReferentialAction;
import io.drift.core.model.Routine;
import io.drift.core.model.RoutineKind;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.TableKind;
import io.drift.core.model.Trigger;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.TriggerEvent;
import io.drift.core.model.TriggerLevel;
import io.drift.core.model.TriggerTiming;
import io.drift.core.model.UniqueConstraint;
import io.drift.core.model.VendorObject;
import io.drift.core.model.View;
import io.drift.core.model.Volatility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.drift.core.snapshot.Codecs.ATTRIBUTES;
import static io.drift.core.snapshot.Codecs.BOOLEAN;
import static io.drift.core.snapshot.Codecs.INT;
import static io.drift.core.snapshot.Codecs.LONG;
import static io.drift.core.snapshot.Codecs.PATH;
import static io.drift.core.snapshot.Codecs.PATHS;
import static io.drift.core.snapshot.Codecs.STRING;
import static io.drift.core.snapshot.Codecs.STRINGS;
import static io.drift.core.snapshot.Codecs.enumOf;
import static io.drift.core.snapshot.Codecs.listOf;

/**
 * Format version 1 of the snapshot file, field by field. The order of the fields here is the order in the file, and
 * {@code docs/snapshot-format.md} describes the same thing for people; change both together, and only by adding a
 * format version (see there).
 *
 * <p>Every object starts with what identifies it (its {@code path}, or {@code name} for members; constraints then
 * carry their {@code type}), then its own properties, then {@code grants} and {@code attributes}, and last its members
 * (columns, constraints, indexes, triggers, policies), so that one object's lines stay together and a changed
 * property is one changed line.
 */
final class FormatV1 {

    private FormatV1() {
    }

    static final String FORMAT_VERSION = "formatVersion";
    static final String DISCRIMINATOR = "type";

    /** The array each top-level kind is written to, in file order. */
    static final Map<ObjectKind, String> ARRAYS;

    static {
        EnumMap<ObjectKind, String> arrays = new EnumMap<>(ObjectKind.class);
        arrays.put(ObjectKind.SCHEMA, "schemas");
        arrays.put(ObjectKind.EXTENSION, "extensions");
        arrays.put(ObjectKind.TABLE, "tables");
        arrays.put(ObjectKind.VIEW, "views");
        arrays.put(ObjectKind.MATERIALIZED_VIEW, "materializedViews");
        arrays.put(ObjectKind.SEQUENCE, "sequences");
        arrays.put(ObjectKind.ENUM, "enums");
        arrays.put(ObjectKind.DOMAIN, "domains");
        arrays.put(ObjectKind.COMPOSITE_TYPE, "compositeTypes");
        arrays.put(ObjectKind.FUNCTION, "functions");
        arrays.put(ObjectKind.PROCEDURE, "procedures");
        arrays.put(ObjectKind.VENDOR, "vendorObjects");
        ARRAYS = Collections.unmodifiableMap(arrays);
    }

    static final Shape<Grant> GRANT = Shape.<Grant>of("grant")
            .required("grantee", Grant::grantee, STRING)
            .required("privilege", Grant::privilege, STRING)
            .required("grantable", Grant::grantable, BOOLEAN)
            .build(v -> new Grant(v.get("grantee"), v.get("privilege"), v.bool("grantable")));

    static final Codecs.ListCodec<Grant> GRANTS = listOf(GRANT).unique("grant", g -> g);

    static final Shape<SequenceOptions> SEQUENCE_OPTIONS = Shape.<SequenceOptions>of("sequence options")
            .required("dataType", SequenceOptions::dataType, STRING)
            .required("start", SequenceOptions::start, LONG)
            .required("increment", SequenceOptions::increment, LONG)
            .required("min", SequenceOptions::min, LONG)
            .required("max", SequenceOptions::max, LONG)
            .required("cache", SequenceOptions::cache, LONG)
            .required("cycle", SequenceOptions::cycle, BOOLEAN)
            .build(v -> new SequenceOptions(v.get("dataType"), v.number("start"), v.number("increment"),
                    v.number("min"), v.number("max"), v.number("cache"), v.bool("cycle")));

    static final Shape<Identity> IDENTITY = Shape.<Identity>of("identity")
            .required("generation", Identity::generation, enumOf(IdentityGeneration.class))
            .required("sequence", Identity::sequence, SEQUENCE_OPTIONS)
            .build(v -> new Identity(v.get("generation"), v.get("sequence")));

    static final Shape<Column> COLUMN = Shape.<Column>of("column")
            .required("name", Column::name, STRING)
            .required("position", Column::position, INT)
            .required("type", Column::type, STRING)
            .required("nullable", Column::nullable, BOOLEAN)
            .optional("defaultExpression", Column::defaultExpression, STRING)
            .optional("identity", Column::identity, IDENTITY)
            .optional("generatedExpression", Column::generatedExpression, STRING)
            .optional("collation", Column::collation, STRING)
            .optional("comment", Column::comment, STRING)
            .optional("attributes", Column::attributes, ATTRIBUTES)
            .build(v -> new Column(v.get("name"), v.integer("position"), v.get("type"), v.bool("nullable"),
                    v.get("defaultExpression"), v.get("identity"), v.get("generatedExpression"),
                    v.get("collation"), v.get("comment"), v.get("attributes")));

    static final Codecs.ListCodec<Column> COLUMNS = listOf(COLUMN)
            .unique("column name", Column::name)
            .unique("column position", Column::position);

    static final Shape<Index> INDEX = Shape.<Index>of("index")
            .required("name", Index::name, STRING)
            .required("unique", Index::unique, BOOLEAN)
            .required("method", Index::method, STRING)
            .optional("keys", Index::keys, STRINGS)
            .optional("include", Index::include, STRINGS)
            .optional("predicate", Index::predicate, STRING)
            .required("nullsNotDistinct", Index::nullsNotDistinct, BOOLEAN)
            .required("valid", Index::valid, BOOLEAN)
            .optional("definition", Index::definition, STRING)
            .optional("comment", Index::comment, STRING)
            .optional("attributes", Index::attributes, ATTRIBUTES)
            .build(v -> new Index(v.get("name"), v.bool("unique"), v.get("method"), v.get("keys"), v.get("include"),
                    v.get("predicate"), v.bool("nullsNotDistinct"), v.bool("valid"), v.get("definition"),
                    v.get("comment"), v.get("attributes")));

    static final Codecs.ListCodec<Index> INDEXES = listOf(INDEX).unique("index name", Index::name);

    private static final Codec<ReferentialAction> ACTION = enumOf(ReferentialAction.class);

    static final Shape<PrimaryKey> PRIMARY_KEY = Shape.<PrimaryKey>of("primary key")
            .required("name", PrimaryKey::name, STRING)
            .required(DISCRIMINATOR, c -> c.kind().id(), STRING)
            .optional("columns", PrimaryKey::columns, STRINGS)
            .optional("include", PrimaryKey::include, STRINGS)
            .required("deferrable", PrimaryKey::deferrable, BOOLEAN)
            .required("initiallyDeferred", PrimaryKey::initiallyDeferred, BOOLEAN)
            .optional("comment", PrimaryKey::comment, STRING)
            .optional("attributes", PrimaryKey::attributes, ATTRIBUTES)
            .build(v -> new PrimaryKey(v.get("name"), v.get("columns"), v.get("include"), v.bool("deferrable"),
                    v.bool("initiallyDeferred"), v.get("comment"), v.get("attributes")));

    static final Shape<UniqueConstraint> UNIQUE = Shape.<UniqueConstraint>of("unique constraint")
            .required("name", UniqueConstraint::name, STRING)
            .required(DISCRIMINATOR, c -> c.kind().id(), STRING)
            .optional("columns", UniqueConstraint::columns, STRINGS)
            .optional("include", UniqueConstraint::include, STRINGS)
            .required("nullsNotDistinct", UniqueConstraint::nullsNotDistinct, BOOLEAN)
            .required("deferrable", UniqueConstraint::deferrable, BOOLEAN)
            .required("initiallyDeferred", UniqueConstraint::initiallyDeferred, BOOLEAN)
            .optional("comment", UniqueConstraint::comment, STRING)
            .optional("attributes", UniqueConstraint::attributes, ATTRIBUTES)
            .build(v -> new UniqueConstraint(v.get("name"), v.get("columns"), v.get("include"),
                    v.bool("nullsNotDistinct"), v.bool("deferrable"), v.bool("initiallyDeferred"), v.get("comment"),
                    v.get("attributes")));

    static final Shape<ForeignKey> FOREIGN_KEY = Shape.<ForeignKey>of("foreign key")
            .required("name", ForeignKey::name, STRING)
            .required(DISCRIMINATOR, c -> c.kind().id(), STRING)
            .optional("columns", ForeignKey::columns, STRINGS)
            .required("referencedTable", ForeignKey::referencedTable, PATH)
            .optional("referencedColumns", ForeignKey::referencedColumns, STRINGS)
            .required("onUpdate", ForeignKey::onUpdate, ACTION)
            .required("onDelete", ForeignKey::onDelete, ACTION)
            .required("match", ForeignKey::match, enumOf(MatchType.class))
            .required("deferrable", ForeignKey::deferrable, BOOLEAN)
            .required("initiallyDeferred", ForeignKey::initiallyDeferred, BOOLEAN)
            .required("validated", ForeignKey::validated, BOOLEAN)
            .optional("comment", ForeignKey::comment, STRING)
            .optional("attributes", ForeignKey::attributes, ATTRIBUTES)
            .build(v -> new ForeignKey(v.get("name"), v.get("columns"), v.get("referencedTable"),
                    v.get("referencedColumns"), v.get("onUpdate"), v.get("onDelete"), v.get("match"),
                    v.bool("deferrable"), v.bool("initiallyDeferred"), v.bool("validated"), v.get("comment"),
                    v.get("attributes")));

    static final Shape<CheckConstraint> CHECK = Shape.<CheckConstraint>of("check constraint")
            .required("name", CheckConstraint::name, STRING)
            .required(DISCRIMINATOR, c -> c.kind().id(), STRING)
            .required("expression", CheckConstraint::expression, STRING)
            .required("validated", CheckConstraint::validated, BOOLEAN)
            .required("noInherit", CheckConstraint::noInherit, BOOLEAN)
            .optional("comment", CheckConstraint::comment, STRING)
            .optional("attributes", CheckConstraint::attributes, ATTRIBUTES)
            .build(v -> new CheckConstraint(v.get("name"), v.get("expression"), v.bool("validated"),
                    v.bool("noInherit"), v.get("comment"), v.get("attributes")));

    static final Shape<ExclusionConstraint> EXCLUSION = Shape.<ExclusionConstraint>of("exclusion constraint")
            .required("name", ExclusionConstraint::name, STRING)
            .required(DISCRIMINATOR, c -> c.kind().id(), STRING)
            .required("definition", ExclusionConstraint::definition, STRING)
            .required("deferrable", ExclusionConstraint::deferrable, BOOLEAN)
            .required("initiallyDeferred", ExclusionConstraint::initiallyDeferred, BOOLEAN)
            .optional("comment", ExclusionConstraint::comment, STRING)
            .optional("attributes", ExclusionConstraint::attributes, ATTRIBUTES)
            .build(v -> new ExclusionConstraint(v.get("name"), v.get("definition"), v.bool("deferrable"),
                    v.bool("initiallyDeferred"), v.get("comment"), v.get("attributes")));

    static final Union<Constraint> CONSTRAINT = new Union<Constraint>("constraint", DISCRIMINATOR)
            .variant(ObjectKind.PRIMARY_KEY.id(), PrimaryKey.class, PRIMARY_KEY)
            .variant(ObjectKind.UNIQUE_CONSTRAINT.id(), UniqueConstraint.class, UNIQUE)
            .variant(ObjectKind.FOREIGN_KEY.id(), ForeignKey.class, FOREIGN_KEY)
            .variant(ObjectKind.CHECK_CONSTRAINT.id(), CheckConstraint.class, CHECK)
            .variant(ObjectKind.EXCLUSION_CONSTRAINT.id(), ExclusionConstraint.class, EXCLUSION);

    static final Codecs.ListCodec<Constraint> CONSTRAINTS = listOf(CONSTRAINT)
            .unique("constraint name", Constraint::name);

    /** A domain's constraints: the same objects as a table's, but only checks are allowed. */
    static final Codecs.ListCodec<Constraint> DOMAIN_CONSTRAINTS = CONSTRAINTS
            .check(c -> c instanceof CheckConstraint ? null
                    : "a domain has only check constraints (type " + ObjectKind.CHECK_CONSTRAINT.id() + "), not "
                    + c.kind().id());

    static final Shape<Trigger> TRIGGER = Shape.<Trigger>of("trigger")
            .required("name", Trigger::name, STRING)
            .required("timing", Trigger::timing, enumOf(TriggerTiming.class))
            .optional("events", Trigger::events, listOf(enumOf(TriggerEvent.class)).unique("event", e -> e))
            .optional("updateColumns", Trigger::updateColumns, STRINGS)
            .required("level", Trigger::level, enumOf(TriggerLevel.class))
            .required("function", Trigger::function, STRING)
            .optional("when", Trigger::when, STRING)
            .required("enabled", Trigger::enabled, enumOf(TriggerEnabled.class))
            .optional("definition", Trigger::definition, STRING)
            .optional("comment", Trigger::comment, STRING)
            .optional("attributes", Trigger::attributes, ATTRIBUTES)
            .build(v -> new Trigger(v.get("name"), v.get("timing"), v.get("events"), v.get("updateColumns"),
                    v.get("level"), v.get("function"), v.get("when"), v.get("enabled"), v.get("definition"),
                    v.get("comment"), v.get("attributes")));

    static final Shape<Policy> POLICY = Shape.<Policy>of("policy")
            .required("name", Policy::name, STRING)
            .required("command", Policy::command, enumOf(PolicyCommand.class))
            .required("permissive", Policy::permissive, BOOLEAN)
            .optional("roles", Policy::roles, STRINGS)
            .optional("using", Policy::using, STRING)
            .optional("withCheck", Policy::withCheck, STRING)
            .optional("comment", Policy::comment, STRING)
            .optional("attributes", Policy::attributes, ATTRIBUTES)
            .build(v -> new Policy(v.get("name"), v.get("command"), v.bool("permissive"), v.get("roles"),
                    v.get("using"), v.get("withCheck"), v.get("comment"), v.get("attributes")));

    static final Shape<SchemaDef> SCHEMA = Shape.<SchemaDef>of("schema")
            .required("path", SchemaDef::path, PATH)
            .optional("owner", SchemaDef::owner, STRING)
            .optional("comment", SchemaDef::comment, STRING)
            .optional("grants", SchemaDef::grants, GRANTS)
            .optional("attributes", SchemaDef::attributes, ATTRIBUTES)
            .build(v -> new SchemaDef(v.get("path"), v.get("owner"), v.get("comment"), v.get("grants"),
                    v.get("attributes")));

    static final Shape<Extension> EXTENSION = Shape.<Extension>of("extension")
            .required("path", Extension::path, PATH)
            .required("version", Extension::version, STRING)
            .required("schema", Extension::schema, STRING)
            .optional("comment", Extension::comment, STRING)
            .optional("attributes", Extension::attributes, ATTRIBUTES)
            .build(v -> new Extension(v.get("path"), v.get("version"), v.get("schema"), v.get("comment"),
                    v.get("attributes")));

    static final Shape<Table> TABLE = Shape.<Table>of("table")
            .required("path", Table::path, PATH)
            .required("tableKind", Table::tableKind, enumOf(TableKind.class))
            .required("unlogged", Table::unlogged, BOOLEAN)
            .optional("partitionKey", Table::partitionKey, STRING)
            .optional("partitionBound", Table::partitionBound, STRING)
            .optional("parents", Table::parents, PATHS)
            .required("rowSecurity", Table::rowSecurity, BOOLEAN)
            .required("forceRowSecurity", Table::forceRowSecurity, BOOLEAN)
            .optional("owner", Table::owner, STRING)
            .optional("comment", Table::comment, STRING)
            .optional("grants", Table::grants, GRANTS)
            .optional("attributes", Table::attributes, ATTRIBUTES)
            .optional("columns", Table::columns, COLUMNS)
            .optional("constraints", Table::constraints, CONSTRAINTS)
            .optional("indexes", Table::indexes, INDEXES)
            .optional("triggers", Table::triggers, listOf(TRIGGER).unique("trigger name", Trigger::name))
            .optional("policies", Table::policies, listOf(POLICY).unique("policy name", Policy::name))
            .build(v -> new Table(v.get("path"), v.get("tableKind"), v.bool("unlogged"), v.get("columns"),
                    v.get("indexes"), v.get("constraints"), v.get("triggers"), v.get("policies"),
                    v.get("partitionKey"), v.get("partitionBound"), v.get("parents"), v.bool("rowSecurity"),
                    v.bool("forceRowSecurity"), v.get("owner"), v.get("comment"), v.get("grants"),
                    v.get("attributes")));

    static final Shape<View> VIEW = Shape.<View>of("view")
            .required("path", View::path, PATH)
            .required("materialized", View::materialized, BOOLEAN)
            .required("definition", View::definition, STRING)
            .optional("owner", View::owner, STRING)
            .optional("comment", View::comment, STRING)
            .optional("grants", View::grants, GRANTS)
            .optional("attributes", View::attributes, ATTRIBUTES)
            .optional("columns", View::columns, COLUMNS)
            .optional("indexes", View::indexes, INDEXES)
            .build(v -> new View(v.get("path"), v.bool("materialized"), v.get("definition"), v.get("columns"),
                    v.get("indexes"), v.get("owner"), v.get("comment"), v.get("grants"), v.get("attributes")));

    static final Shape<Sequence> SEQUENCE = Shape.<Sequence>of("sequence")
            .required("path", Sequence::path, PATH)
            .required("options", Sequence::options, SEQUENCE_OPTIONS)
            .optional("ownedBy", Sequence::ownedBy, PATH)
            .optional("owner", Sequence::owner, STRING)
            .optional("comment", Sequence::comment, STRING)
            .optional("grants", Sequence::grants, GRANTS)
            .optional("attributes", Sequence::attributes, ATTRIBUTES)
            .build(v -> new Sequence(v.get("path"), v.get("options"), v.get("ownedBy"), v.get("owner"),
                    v.get("comment"), v.get("grants"), v.get("attributes")));

    static final Shape<EnumType> ENUM = Shape.<EnumType>of("enum")
            .required("path", EnumType::path, PATH)
            .optional("labels", EnumType::labels, STRINGS.unique("label", l -> l))
            .optional("owner", EnumType::owner, STRING)
            .optional("comment", EnumType::comment, STRING)
            .optional("attributes", EnumType::attributes, ATTRIBUTES)
            .build(v -> new EnumType(v.get("path"), v.get("labels"), v.get("owner"), v.get("comment"),
                    v.get("attributes")));

    static final Shape<Domain> DOMAIN = Shape.<Domain>of("domain")
            .required("path", Domain::path, PATH)
            .required("baseType", Domain::baseType, STRING)
            .optional("defaultExpression", Domain::defaultExpression, STRING)
            .required("notNull", Domain::notNull, BOOLEAN)
            .optional("collation", Domain::collation, STRING)
            .optional("owner", Domain::owner, STRING)
            .optional("comment", Domain::comment, STRING)
            .optional("attributes", Domain::attributes, ATTRIBUTES)
            .optional("constraints", d -> new ArrayList<Constraint>(d.constraints()), DOMAIN_CONSTRAINTS)
            .build(v -> new Domain(v.get("path"), v.get("baseType"), v.get("defaultExpression"), v.bool("notNull"),
                    v.get("collation"), checks(v.get("constraints")), v.get("owner"), v.get("comment"),
                    v.get("attributes")));

    static final Shape<CompositeType> COMPOSITE_TYPE = Shape.<CompositeType>of("composite type")
            .required("path", CompositeType::path, PATH)
            .optional("owner", CompositeType::owner, STRING)
            .optional("comment", CompositeType::comment, STRING)
            .optional("attributes", CompositeType::attributes, ATTRIBUTES)
            .optional("fields", CompositeType::fields, COLUMNS)
            .build(v -> new CompositeType(v.get("path"), v.get("fields"), v.get("owner"), v.get("comment"),
                    v.get("attributes")));

    static final Shape<Routine> ROUTINE = Shape.<Routine>of("routine")
            .required("path", Routine::path, PATH)
            .required("routineKind", Routine::routineKind, enumOf(RoutineKind.class))
            .required("arguments", Routine::arguments, STRING)
            .optional("returnType", Routine::returnType, STRING)
            .required("language", Routine::language, STRING)
            .optional("volatility", Routine::volatility, enumOf(Volatility.class))
            .required("securityDefiner", Routine::securityDefiner, BOOLEAN)
            .optional("definition", Routine::definition, STRING)
            .optional("owner", Routine::owner, STRING)
            .optional("comment", Routine::comment, STRING)
            .optional("grants", Routine::grants, GRANTS)
            .optional("attributes", Routine::attributes, ATTRIBUTES)
            .build(v -> new Routine(v.get("path"), v.get("routineKind"), v.get("arguments"), v.get("returnType"),
                    v.get("language"), v.get("volatility"), v.bool("securityDefiner"), v.get("definition"),
                    v.get("owner"), v.get("comment"), v.get("grants"), v.get("attributes")));

    static final Shape<VendorObject> VENDOR_OBJECT = Shape.<VendorObject>of("vendor object")
            .required("path", VendorObject::path, PATH)
            .required("vendorKind", VendorObject::vendorKind, STRING)
            .optional("attributes", VendorObject::attributes, ATTRIBUTES)
            .build(v -> new VendorObject(v.get("path"), v.get("vendorKind"), v.get("attributes")));

    static final Shape<DatabaseInfo> DATABASE = Shape.<DatabaseInfo>of("database")
            .required("productName", DatabaseInfo::productName, STRING)
            .required("productVersion", DatabaseInfo::productVersion, STRING)
            .required("majorVersion", DatabaseInfo::majorVersion, INT)
            .required("minorVersion", DatabaseInfo::minorVersion, INT)
            .build(v -> new DatabaseInfo(v.get("productName"), v.get("productVersion"), v.integer("majorVersion"),
                    v.integer("minorVersion")));

    /** The whole file. */
    static final Shape<Snapshot> SNAPSHOT = snapshotShape();

    private static Shape<Snapshot> snapshotShape() {
        Shape.Builder<Snapshot> shape = Shape.<Snapshot>of("snapshot")
                .required(FORMAT_VERSION, s -> SnapshotFiles.FORMAT_VERSION, INT)
                .optional("database", Snapshot::database, DATABASE);
        objects(shape, ObjectKind.SCHEMA, SCHEMA);
        objects(shape, ObjectKind.EXTENSION, EXTENSION);
        objects(shape, ObjectKind.TABLE, TABLE);
        objects(shape, ObjectKind.VIEW, VIEW);
        objects(shape, ObjectKind.MATERIALIZED_VIEW, VIEW);
        objects(shape, ObjectKind.SEQUENCE, SEQUENCE);
        objects(shape, ObjectKind.ENUM, ENUM);
        objects(shape, ObjectKind.DOMAIN, DOMAIN);
        objects(shape, ObjectKind.COMPOSITE_TYPE, COMPOSITE_TYPE);
        objects(shape, ObjectKind.FUNCTION, ROUTINE);
        objects(shape, ObjectKind.PROCEDURE, ROUTINE);
        objects(shape, ObjectKind.VENDOR, VENDOR_OBJECT);
        return shape.build(v -> {
            int version = v.integer(FORMAT_VERSION);
            if (version != SnapshotFiles.FORMAT_VERSION) {
                throw new IllegalArgumentException("this reader reads format " + SnapshotFiles.FORMAT_VERSION
                        + ", not " + version);
            }
            Snapshot.Builder snapshot = Snapshot.builder().database(v.get("database"));
            for (String array : ARRAYS.values()) {
                snapshot.addAll(v.<List<SchemaObject>>get(array));
            }
            return snapshot.build();
        });
    }

    /** Adds the array of one kind: in path order, no two objects at one path, and only objects of that kind. */
    private static <T extends SchemaObject> void objects(Shape.Builder<Snapshot> shape, ObjectKind kind,
                                                         Shape<T> object) {
        String array = ARRAYS.get(kind);
        Codecs.ListCodec<T> codec = listOf(object)
                .unique(kind.displayName() + " path", SchemaObject::path)
                .check(o -> o.kind() == kind ? null
                        : "this is " + JsonIn.a(o.kind().displayName()) + ", which belongs in " + ARRAYS.get(o.kind())
                        + ", not in " + array);
        shape.optional(array, s -> objectsOf(s, kind), codec);
    }

    @SuppressWarnings("unchecked")
    private static <T extends SchemaObject> List<T> objectsOf(Snapshot snapshot, ObjectKind kind) {
        return (List<T>) List.copyOf(snapshot.objects(kind).values());
    }

    private static List<CheckConstraint> checks(List<Constraint> constraints) {
        List<CheckConstraint> checks = new ArrayList<>(constraints.size());
        for (Constraint c : constraints) {
            checks.add((CheckConstraint) c);
        }
        return checks;
    }
}
