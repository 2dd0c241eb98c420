import {
  ErrorCode,
  loginRequestSchema,
  membershipApplicationRequestSchema,
  organisationProfileInputSchema,
  type Locale,
} from '@thb/shared';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { ApiError, ClientErrorCode } from '@/api/http';
import {
  emptyOrganisationForm,
  profileFieldMessages,
  profileFieldPaths,
  toProfileInput,
} from '@/components/organisation/profile-form';
import { mountWithApp } from '@/test/helpers';
import { type FormErrorsOptions, resolveField, stripLocation, useFormErrors } from './useFormErrors';

async function formIn(options: FormErrorsOptions, locale: Locale = 'en') {
  let sut: ReturnType<typeof useFormErrors> | undefined;
  const Probe = defineComponent({
    setup() {
      sut = useFormErrors(options);
      return () => null;
    },
  });
  const { missingKeys } = await mountWithApp(Probe, { locale });
  if (!sut) {
    throw new Error('the probe did not run');
  }
  return { sut, missingKeys };
}

const signIn: FormErrorsOptions = { idPrefix: 'sign-in', fields: ['email', 'password'] };

describe('useFormErrors', () => {
  describe('client-side validation with the shared schemas', () => {
    it('returns the parsed data when valid, and shows nothing', async () => {
      const { sut } = await formIn(signIn);

      const data = sut.validate(loginRequestSchema, { email: ' Ana@Example.ORG ', password: 'x' });

      expect(data).toEqual({ email: 'ana@example.org', password: 'x' });
      expect(sut.hasErrors.value).toBe(false);
    });

    it('puts a translated message on each field, in form order, with the control id', async () => {
      const { sut, missingKeys } = await formIn(signIn);

      const data = sut.validate(loginRequestSchema, { email: 'not-an-email', password: '' });

      expect(data).toBeUndefined();
      expect(sut.errors.value).toEqual({
        email: 'Enter an email address such as name@example.org.',
        password: 'Fill in this field.',
      });
      expect(sut.summary.value.map((item) => item.id)).toEqual(['sign-in-email', 'sign-in-password']);
      expect(sut.field('email')).toEqual({ id: 'sign-in-email', error: expect.stringContaining('email address') });
      expect(missingKeys).toEqual([]);
    });

    it('asks to fill in an empty field rather than quoting its format rule', async () => {
      const { sut } = await formIn(signIn);

      sut.validate(loginRequestSchema, { email: '  ', password: 'x' });

      expect(sut.errors.value).toEqual({ email: 'Fill in this field.' });
    });

    it('speaks the interface language', async () => {
      const { sut } = await formIn(signIn, 'fr');

      sut.validate(loginRequestSchema, { email: '', password: '' });

      expect(sut.errors.value.password).toBe('Remplissez ce champ.');
    });

    it('maps nested and list paths to the field that shows them, with field-specific wording', async () => {
      const { sut, missingKeys } = await formIn({
        idPrefix: 'apply',
        fields: [...profileFieldPaths('organisation'), 'contact.password', 'motivation', 'privacyConsent'],
        messages: {
          ...profileFieldMessages('organisation'),
          motivation: 'validation.motivation',
          privacyConsent: 'validation.consent',
        },
      });
      const organisation = {
        ...emptyOrganisationForm('en'),
        name: 'A',
        countries: ['BE', 'ZZ'],
        contactEmail: 'contact@example.org',
        contactPhone: '02 299 11 11',
      };

      sut.validate(membershipApplicationRequestSchema, {
        organisation: toProfileInput(organisation),
        contact: { displayName: 'Ana', email: 'ana@example.org', jobTitle: null, password: 'short' },
        motivation: 'Too short',
        privacyConsent: false,
      });

      expect(sut.errors.value).toMatchObject({
        'organisation.name': 'Enter the name of the organisation (at least 2 characters).',
        'organisation.type': 'Choose the type of organisation.',
        'organisation.countries': 'Choose at least one country.',
        'organisation.description': 'Describe your organisation in at least one language.',
        'organisation.languages': 'Choose at least one language.',
        'organisation.contactPhone': 'Enter an international number starting with +, such as +32 2 299 11 11.',
        'contact.password': 'Use at least 12 characters.',
        motivation: 'Tell the Coordinator in a few words why you wish to join (at least 20 characters).',
        privacyConsent: 'Accept the privacy notice to continue.',
      });
      expect(sut.field('organisation.countries').id).toBe('apply-organisation-countries');
      expect(missingKeys).toEqual([]);
    });

    it('lists an issue that no field shows in the summary, without a link', async () => {
      const { sut } = await formIn({ idPrefix: 'x', fields: ['name'] });

      sut.validate(organisationProfileInputSchema.pick({ name: true, countries: true }), { name: 'Valid name' });

      expect(sut.errors.value).toEqual({});
      expect(sut.summary.value).toEqual([{ field: undefined, id: undefined, message: 'Fill in this field.' }]);
    });
  });

  describe('server errors', () => {
    it('shows field errors next to the fields they name, translating the codes it knows', async () => {
      const { sut } = await formIn({ idPrefix: 'pw', fields: ['currentPassword', 'newPassword'] });

      sut.applyServerError(
        new ApiError({
          code: ErrorCode.ValidationFailed,
          status: 400,
          title: 'Invalid',
          fieldErrors: [
            { field: 'body.currentPassword', message: 'is not your current password', code: 'wrong_password' },
            { field: 'body.newPassword', message: 'is one of the most common passwords', code: 'common_password' },
          ],
        }),
      );

      expect(sut.errors.value).toEqual({
        currentPassword: 'This is not your current password.',
        newPassword: 'This is one of the most common passwords. Choose another one.',
      });
      expect(sut.requestError.value).toBeUndefined();
    });

    it('keeps the server’s own words for a code it does not know, and places list items on their field', async () => {
      const { sut } = await formIn({ idPrefix: 'o', fields: profileFieldPaths('') });

      sut.applyServerError(
        new ApiError({
          code: ErrorCode.ValidationFailed,
          status: 400,
          title: 'Invalid',
          fieldErrors: [
            { field: 'body.countries.1', message: 'must be an ISO 3166-1 alpha-2 country code', code: 'too_exotic' },
            { field: 'body.somethingElse', message: 'is not expected', code: 'unrecognized_keys' },
          ],
        }),
      );

      expect(sut.errors.value).toEqual({ countries: 'must be an ISO 3166-1 alpha-2 country code' });
      expect(sut.unplaced.value).toEqual(['is not expected']);
    });

    it('keeps an error without field errors for the form’s alert', async () => {
      const { sut } = await formIn(signIn);
      const error = new ApiError({ code: ClientErrorCode.Network, status: 0, title: 'Network error' });

      sut.applyServerError(error);

      expect(sut.requestError.value).toBe(error);
      expect(sut.hasErrors.value).toBe(false);
    });
  });

  describe('paths', () => {
    it('strips the request part of a server field', () => {
      expect(stripLocation('body.contact.email')).toBe('contact.email');
      expect(stripLocation('query.page')).toBe('page');
      expect(stripLocation('email')).toBe('email');
    });

    it('resolves a path to the nearest field the form has', () => {
      const fields = ['organisation.description', 'organisation.countries', 'motivation'];
      expect(resolveField('organisation.description.fr', fields)).toBe('organisation.description');
      expect(resolveField('organisation.countries.3', fields)).toBe('organisation.countries');
      expect(resolveField('contact.email', fields)).toBeUndefined();
    });
  });
});
