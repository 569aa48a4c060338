import { WARNING_SIGNS, WARNING_SIGNS_ADVICE } from '../../utils/knowledge/aftercare';
import { Sources } from './Sources';

/** Signs to call the practitioner about: the header keeps this one tap away on every tab. */
export function WarningSigns({ id }: { id: string }) {
  return (
    <section id={id} class="warning-signs" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Warning signs</h2>
      <p>{WARNING_SIGNS_ADVICE}</p>
      <ul>
        {WARNING_SIGNS.map((sign) => (
          <li key={sign.id}>{sign.label}</li>
        ))}
      </ul>
      <Sources ids={['S3']} />
    </section>
  );
}
