import type { EntityType } from '../core/dataset/types';
import type { PageEntity } from '../core/views';
import { t } from '../i18n';
import { formatCount } from '../locale-format';

const GROUPS: { type: EntityType; key: string }[] = [
  { type: 'person', key: 'groupPeople' },
  { type: 'country', key: 'groupCountries' },
  { type: 'organization', key: 'groupOrganisations' },
  { type: 'place', key: 'groupPlaces' },
];

export interface EntityListProps {
  entities: PageEntity[];
  onChoose(id: string): void;
}

/** The names found on the page, by type with their counts: the keyboard's way to every mention. */
export function EntityList({ entities, onChoose }: EntityListProps) {
  return (
    <>
      {GROUPS.map(({ type, key }) => {
        const group = entities.filter((e) => e.type === type);
        if (group.length === 0) return null;
        const label = t(key, formatCount(group.length));
        return (
          <section key={type} aria-label={label}>
            <h3>{label}</h3>
            <ul class="entities">
              {group.map((e) => (
                <li key={e.id}>
                  <button type="button" title={e.description} data-entity={e.id} onClick={() => onChoose(e.id)}>
                    {e.name}
                    <span class="count" aria-label={t('popupMentionCount', formatCount(e.count))}>
                      {t('popupTimes', formatCount(e.count))}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
