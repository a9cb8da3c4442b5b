/**
 * Wraps a Decap widget's control so that, on save (and wherever Decap checks the field), the
 * field shows the schema's findings that concern it (field-rules.ts) under its label, like
 * Decap's own "wajib diisi", until the editor changes the field. Decap's public hook for this
 * is the control's `isValid`; containers (groups, lists) never run their own `isValid`, so
 * for them the findings are added where Decap records the container's errors
 * (`onValidateObject`, keyed by the control's `forID`).
 *
 * The wrapper also fixes how the field's box reads to screen readers. Decap names each box
 * "Isian %{widget}" (e.g. "Isian datetime"): the locale only receives the widget's technical
 * name. A box holding several controls (a group, a list, the body editor, a photo) becomes a
 * group named by the field's label; a box around one input loses the name, since its input
 * is already labelled by the field's <label> and a second name would be read twice. Fields
 * required in some cases are marked so the form does not call them optional (admin-form.css
 * hides Decap's "(boleh dikosongkan)" for them). The box is the element around the control;
 * React keeps what is set here because it never rewrites an unchanged attribute.
 */
import { Component, createElement, Fragment, type ComponentType } from 'react';
import type { FieldSpot } from '../field-rules.ts';

/**
 * Finds the messages a field shows, from the collection and the whole entry's data (Decap's
 * immutable map: the same object until the data changes, so findings can be kept per map).
 */
export type FieldMessages = (collection: string, entryData: ImmutableMap, spot: FieldSpot) => string[];

export interface ImmutableMap {
  get(key: string): unknown;
  has(key: string): boolean;
  toJS(): unknown;
}

interface ControlProps {
  field: ImmutableMap;
  collection?: ImmutableMap;
  getEntry?: () => ImmutableMap | undefined;
  forID: string;
  parentIds?: string[];
  value?: unknown;
  classNameWrapper?: string;
  hasActiveStyle?: boolean;
  validate: () => void;
  onValidateObject: (id: string, errors: FieldError[]) => void;
}

/** Decap's field error. PRESENCE makes Decap say, on save, that fields need attention. */
interface FieldError {
  type: string;
  parentIds?: string[] | undefined;
  message: string;
}

interface InnerControl {
  isValid?: () => unknown;
  validate?: () => void;
  getValidateValue?: () => unknown;
  focus?: (path?: string) => void;
  shouldComponentUpdate?: (next: unknown) => boolean;
}

/** Marks the box of a field that is required in some cases (see decap-fields.ts). */
export const CONDITIONALLY_REQUIRED_ATTRIBUTE = 'data-required-when';

export function ruleCheckedControl(Control: ComponentType<any>, fieldMessages: FieldMessages): ComponentType<ControlProps> {
  return class RuleCheckedControl extends Component<ControlProps> {
    private inner: InnerControl | null = null;
    private marker: HTMLElement | null = null;
    private ownErrorsWritten = false;

    private readonly setInner = (instance: InnerControl | null) => {
      this.inner = instance;
    };

    private readonly setMarker = (element: HTMLElement | null) => {
      this.marker = element;
    };

    override componentDidMount(): void {
      this.nameBox();
    }

    override componentDidUpdate(): void {
      this.nameBox();
    }

    /** Decap asks the control whether to re-render; answer as the wrapped control (or Decap) would. */
    override shouldComponentUpdate(next: ControlProps): boolean {
      const decides = this.inner?.shouldComponentUpdate;
      if (decides) return decides.call(this.inner, next);
      return next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper || next.hasActiveStyle !== this.props.hasActiveStyle;
    }

    /** Called by Decap's Widget for fields without a `validate` of their own. */
    isValid = (): unknown => {
      const own = this.inner?.isValid ? this.inner.isValid() : true;
      if (own === false || own instanceof Promise || (isObject(own) && own.error)) return own;
      const messages = this.ruleMessages();
      return messages.length ? { error: this.error(messages.join(' ')) } : own;
    };

    /** Called by Decap's editor pane and by groups for their fields. */
    validate = (): void => {
      if (typeof this.inner?.validate !== 'function') {
        this.props.validate();
        return;
      }
      this.ownErrorsWritten = false;
      this.inner.validate();
      // A list records its own errors (its length) through onValidateObject, where the
      // findings are added; a group records none, so they are recorded here.
      if (!this.ownErrorsWritten) this.props.onValidateObject(this.props.forID, this.ruleErrors());
    };

    getValidateValue = (): unknown => this.inner?.getValidateValue?.();

    /** As Decap's Widget does for controls without `focus`: the element with the field's id. */
    focus = (path?: string): void => {
      if (this.inner?.focus) this.inner.focus(path);
      else document.getElementById(this.props.forID)?.focus();
    };

    private readonly onValidateObject = (id: string, errors: FieldError[]): void => {
      if (id !== this.props.forID) {
        this.props.onValidateObject(id, errors);
        return;
      }
      this.ownErrorsWritten = true;
      this.props.onValidateObject(id, [...errors, ...this.ruleErrors()]);
    };

    private ruleErrors(): FieldError[] {
      return this.ruleMessages().map((message) => this.error(message));
    }

    private error(message: string): FieldError {
      return { type: 'PRESENCE', parentIds: this.props.parentIds, message };
    }

    private ruleMessages(): string[] {
      const { field, collection, getEntry } = this.props;
      const schemaPath = field.get('schema_path');
      const data = getEntry?.()?.get('data') as ImmutableMap | undefined;
      const name = collection?.get('name');
      if (typeof schemaPath !== 'string' || typeof name !== 'string' || !data) return [];
      return fieldMessages(name, data, {
        schemaPath,
        optionalInForm: field.get('required') === false,
        itemsHaveBoxes: field.has('field') || field.has('fields'),
      });
    }

    private nameBox(): void {
      const box = this.marker?.parentElement;
      if (!box) return;
      const { field } = this.props;
      if (holdsSeveralControls(field)) {
        const label = String(field.get('label') ?? field.get('name'));
        if (box.getAttribute('aria-label') !== label) box.setAttribute('aria-label', label);
        if (box.getAttribute('role') !== 'group') box.setAttribute('role', 'group');
      } else if (box.hasAttribute('aria-label')) {
        box.removeAttribute('aria-label');
      }
      box.toggleAttribute(CONDITIONALLY_REQUIRED_ATTRIBUTE, field.get('conditionally_required') === true);
    }

    /**
     * Decap's date-time control names its "Sekarang" button after the field's technical name
     * ("Isi previousStart dengan waktu sekarang"), the only use it makes of the name; it is
     * given the field's label in its place.
     */
    private controlField(): ImmutableMap {
      const { field } = this.props;
      if (field.get('widget') !== 'datetime') return field;
      if (this.labelledField?.source !== field) this.labelledField = { source: field, named: (field as ImmutableMap & { set(key: string, value: unknown): ImmutableMap }).set('name', field.get('label')) };
      return this.labelledField.named;
    }

    private labelledField: { source: ImmutableMap; named: ImmutableMap } | undefined;

    override render() {
      return createElement(
        Fragment,
        null,
        createElement(Control, { ...this.props, field: this.controlField(), onValidateObject: this.onValidateObject, ref: this.setInner }),
        createElement('span', { ref: this.setMarker, hidden: true }),
      );
    }
  };
}

/** Widgets drawn as several controls (buttons, items, a toolbar), which a group name holds together. */
const COMPOSITE_WIDGETS = new Set(['object', 'markdown', 'image', 'file']);

function holdsSeveralControls(field: ImmutableMap): boolean {
  return COMPOSITE_WIDGETS.has(String(field.get('widget'))) || field.has('field') || field.has('fields');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
